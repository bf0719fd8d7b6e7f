// Command merge merges news articles about one event into one story in which
// every statement appears once, with the articles that made it.
//
// Usage:
//
//	go run ./examples/merge [-format text|markdown|json] FILE...
//
// Each FILE is an article: plain text (a headline on the first line when it
// looks like one) or a .json article. Its ID is the file's base name, and
// every offset in the output is a byte offset into the file's content.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"

	"github.com/newsmerge/newsmerge"
)

func main() {
	format := flag.String("format", "text", "output format: text, markdown or json")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: merge [-format text|markdown|json] FILE...")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	var articles []*newsmerge.Article
	for _, name := range flag.Args() {
		a, err := newsmerge.ReadFile(name)
		if err != nil {
			fatal(err)
		}
		articles = append(articles, a)
	}
	story, err := newsmerge.Merge(articles, nil)
	if err != nil {
		fatal(err)
	}
	w := bufio.NewWriter(os.Stdout)
	switch *format {
	case "text":
		err = story.WriteText(w)
	case "markdown", "md":
		err = story.WriteMarkdown(w)
	case "json":
		err = story.WriteJSON(w)
	default:
		fatal(fmt.Errorf("unknown format %q (want text, markdown or json)", *format))
	}
	if err == nil {
		err = w.Flush()
	}
	if err != nil {
		fatal(err)
	}
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "merge:", err)
	os.Exit(1)
}
