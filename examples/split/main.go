// Command split prints the sentences of an article, one per line.
//
// Usage:
//
//	go run ./examples/split [-json] [FILE]
//
// FILE is a plain-text article (headline on the first line when it looks like
// one) or a .json article; without FILE the article is read from standard
// input. Segments that are not body sentences are marked with their role in
// brackets, boilerplate with its reason too. With -json, each segment is
// printed as a JSON object on its own line, with its role and byte offsets
// into the article's body.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/newsmerge/newsmerge"
)

func main() {
	asJSON := flag.Bool("json", false, "print each segment as a JSON object with its role and byte offsets")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: split [-json] [FILE]")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 1 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(flag.Arg(0), *asJSON); err != nil {
		fmt.Fprintln(os.Stderr, "split:", err)
		os.Exit(1)
	}
}

func run(name string, asJSON bool) error {
	var (
		a   *newsmerge.Article
		err error
	)
	if name == "" || name == "-" {
		a, err = newsmerge.ParseText("stdin", os.Stdin)
	} else {
		a, err = newsmerge.ReadFile(name)
	}
	if err != nil {
		return err
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	for _, s := range newsmerge.Split(a) {
		if asJSON {
			if err := enc.Encode(s); err != nil {
				return err
			}
			continue
		}
		text := strings.Join(strings.Fields(s.Text), " ")
		switch {
		case s.Role == newsmerge.RoleBoilerplate:
			fmt.Printf("[%s: %s] %s\n", s.Role, s.Reason, text)
		case s.Role != newsmerge.RoleBody:
			fmt.Printf("[%s] %s\n", s.Role, text)
		default:
			fmt.Println(text)
		}
	}
	return nil
}
