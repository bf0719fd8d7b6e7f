// Command dedup puts a collection of news articles into stories: exact
// copies, near copies and rewrites of one story together, each article with
// its relation to the story's first article.
//
// Usage:
//
//	go run ./examples/dedup [-json] FOLDER|FILE.jsonl
//
// A FOLDER holds one article a file (plain text, or .json), read with
// newsmerge.ReadFile: an article's ID is its file's base name. Any other
// argument is a JSON Lines file: one article a line in the format of
// newsmerge.ParseJSON, blank lines skipped; an article without an "id" is
// named "line N". Every article is printed in exactly one story; -json
// prints {"stories": [{"articles": [{"id", "relation", "score"}]}]}, with
// relation "first", "exact", "near-copy" or "rewrite".
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsmerge/newsmerge"
)

func main() {
	asJSON := flag.Bool("json", false, "print the stories as JSON")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: dedup [-json] FOLDER|FILE.jsonl")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	articles, err := read(flag.Arg(0))
	if err != nil {
		fatal(err)
	}
	if len(articles) == 0 {
		fatal(fmt.Errorf("%s: no articles (a folder's files are read, not its sub-folders)", flag.Arg(0)))
	}
	groups, err := newsmerge.GroupArticles(articles, nil)
	if err != nil {
		fatal(err)
	}
	w := bufio.NewWriter(os.Stdout)
	if *asJSON {
		err = writeJSON(w, groups)
	} else {
		err = writeText(w, groups)
	}
	if err == nil {
		err = w.Flush()
	}
	if err != nil {
		fatal(err)
	}
}

// read returns the articles of a folder or a JSON Lines file.
func read(name string) ([]*newsmerge.Article, error) {
	info, err := os.Stat(name)
	if err != nil {
		return nil, err
	}
	if !info.IsDir() {
		return readJSONLines(name)
	}
	entries, err := os.ReadDir(name) // sorted by file name
	if err != nil {
		return nil, err
	}
	var articles []*newsmerge.Article
	for _, e := range entries {
		if !e.Type().IsRegular() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		a, err := newsmerge.ReadFile(filepath.Join(name, e.Name()))
		if err != nil {
			return nil, err
		}
		articles = append(articles, a)
	}
	return articles, nil
}

// readJSONLines reads one article a line.
func readJSONLines(name string) ([]*newsmerge.Article, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 7*newsmerge.MaxArticleBytes)
	var articles []*newsmerge.Article
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if strings.TrimSpace(text) == "" {
			continue
		}
		a, err := newsmerge.ParseJSON(fmt.Sprintf("line %d", line), strings.NewReader(text))
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		articles = append(articles, a)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return articles, nil
}

// writeText prints each story with its articles, one a line.
func writeText(w *bufio.Writer, groups []newsmerge.Group) error {
	for i, g := range groups {
		fmt.Fprintf(w, "story %d: %d article(s)\n", i+1, len(g.Members))
		for _, m := range g.Members {
			fmt.Fprintf(w, "  %-9s %.3f  %s\n", m.Relation, m.Score, m.Article.ID)
		}
	}
	return nil
}

// writeJSON prints the stories as one JSON object; a Member encodes as
// {"id", "relation", "score"}.
func writeJSON(w *bufio.Writer, groups []newsmerge.Group) error {
	if groups == nil {
		groups = []newsmerge.Group{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(struct {
		Stories []newsmerge.Group `json:"stories"`
	}{groups})
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "dedup:", err)
	os.Exit(1)
}
