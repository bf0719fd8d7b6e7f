// Command entities prints the people, organisations and places named in
// articles, with their aliases and the articles that mention them.
//
// Usage:
//
//	go run ./examples/entities [-json] [-quotes] FILE...
//
// Each FILE is a plain-text or .json article; its source ID is the file's
// base name. Without flags, each entity is printed on one line: type, name,
// aliases in brackets and the articles that mention it. With -quotes, the
// quotes and claims follow, each with its speaker. With -json, the output is
// one JSON object: {"entities": [{"name", "type", "aliases", "articles"}]},
// and "quotes" with -quotes.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/newsmerge/newsmerge"
)

type jsonEntity struct {
	Name     string   `json:"name"`
	Type     string   `json:"type"`
	Aliases  []string `json:"aliases"`
	Articles []string `json:"articles"`
}

type jsonOutput struct {
	Entities []jsonEntity      `json:"entities"`
	Quotes   []newsmerge.Quote `json:"quotes,omitempty"`
}

func main() {
	asJSON := flag.Bool("json", false, "print the entities as one JSON object")
	quotes := flag.Bool("quotes", false, "print the quotes and claims with their speakers too")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: entities [-json] [-quotes] FILE...")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(flag.Args(), *asJSON, *quotes); err != nil {
		fmt.Fprintln(os.Stderr, "entities:", err)
		os.Exit(1)
	}
}

func run(names []string, asJSON, quotes bool) error {
	var articles []*newsmerge.Article
	for _, name := range names {
		a, err := newsmerge.ReadFile(name)
		if err != nil {
			return err
		}
		articles = append(articles, a)
	}
	an, err := newsmerge.Analyze(articles)
	if err != nil {
		return err
	}
	if asJSON {
		out := jsonOutput{Entities: []jsonEntity{}}
		for _, e := range an.Entities {
			out.Entities = append(out.Entities, jsonEntity{Name: e.Name, Type: e.Type.String(), Aliases: e.Aliases, Articles: e.Articles})
		}
		if quotes {
			out.Quotes = an.Quotes
		}
		enc := json.NewEncoder(os.Stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	for _, e := range an.Entities {
		line := fmt.Sprintf("%-6s %s", e.Type, e.Name)
		if len(e.Aliases) > 0 {
			line += " [" + strings.Join(e.Aliases, ", ") + "]"
		}
		fmt.Printf("%s  (%s)\n", line, strings.Join(e.Articles, ", "))
	}
	if quotes {
		for _, q := range an.Quotes {
			who := q.Speaker.Text
			if q.Speaker.Entity != "" && q.Speaker.Entity != who {
				who += " = " + q.Speaker.Entity
			}
			if who == "" {
				who = "?"
			}
			mark := "claim"
			if q.Direct {
				mark = "quote"
			}
			fmt.Printf("%s %s#%d %s: %s\n", mark, q.Article, q.Sentence, who, q.Text)
		}
	}
	return nil
}
