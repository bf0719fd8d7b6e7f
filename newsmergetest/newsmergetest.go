// Package newsmergetest helps projects that use newsmerge write tests
// against merged stories, in the spirit of net/http/httptest: ready-made
// fixture articles, builders for small articles, and a comparison of stories
// that ignores what may legitimately change between versions of newsmerge.
//
// A test usually states what it expects of a story as Statements: for each
// story sentence, the source sentences behind it. Statements ignore the
// scores, the wording chosen among the sources and the order of the
// sources, so a test keeps passing when newsmerge picks another of two equal
// wordings or tunes its scores, and fails when statements are merged or
// split differently:
//
//	st, err := newsmerge.Merge(articles, nil)
//	...
//	want := []newsmergetest.Statement{
//		{"wire: Heavy rain flooded Valencia.", "local: Rain flooded Valencia."},
//		{"local: The mayor praised volunteers."},
//	}
//	if diff := newsmergetest.DiffStatements(want, st); diff != "" {
//		t.Errorf("story mismatch (-want +got):\n%s", diff)
//	}
//
// For whole stories, Diff compares two *newsmerge.Story values with the same
// tolerance.
package newsmergetest

import (
	"embed"
	"fmt"
	"sort"
	"strings"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/newsmerge/newsmerge"
)

//go:embed fixtures/*.txt
var fixtures embed.FS

// Seed IDs of the two fixture articles: two real reports of one event
// (talks in Moscow on ending the war in Ukraine, December 2025), one by ABC
// News with a dateline and a contributor credit, one by Que Onda Magazine
// with a headline, sub-headings and a promotion line.
const (
	SeedABC     = "000_17cfeafc6c3289a9.txt"
	SeedQueOnda = "001_212d116bfbea304c.txt"
)

// Seeds returns fresh copies of the two fixture articles, parsed as
// newsmerge.ReadFile would parse the files: IDs SeedABC and SeedQueOnda.
func Seeds() []*newsmerge.Article {
	return []*newsmerge.Article{Seed(SeedABC), Seed(SeedQueOnda)}
}

// Seed returns a fresh copy of the fixture article with the given ID. It
// panics for an unknown ID, as a test fixture that is not there is a bug in
// the test.
func Seed(id string) *newsmerge.Article {
	f, err := fixtures.Open("fixtures/" + id)
	if err != nil {
		panic(fmt.Sprintf("newsmergetest: no seed article %q", id))
	}
	defer f.Close()
	a, err := newsmerge.ParseText(id, f)
	if err != nil {
		panic(fmt.Sprintf("newsmergetest: seed %q: %v", id, err))
	}
	return a
}

// Article builds an article with the given ID from paragraphs, separated by
// blank lines. When the first paragraph looks like a headline, newsmerge
// reads it as one, as it would for a file.
func Article(id string, paragraphs ...string) *newsmerge.Article {
	body := strings.Join(paragraphs, "\n\n") + "\n"
	a, err := newsmerge.ParseText(id, strings.NewReader(body))
	if err != nil {
		// Empty or invalid text: keep it, so that tests of Merge's
		// errors can be written with the builder too.
		return &newsmerge.Article{ID: id, Body: body}
	}
	return a
}

// A Statement is what a test expects of one story sentence: its source
// sentences, each written "article: text" (article ID, a colon and a space,
// then the sentence as it stands in the article, line breaks as spaces), in
// any order.
type Statement []string

// Statements returns the statements of a story, in story order, each with
// its sources sorted.
func Statements(st *newsmerge.Story) []Statement {
	out := make([]Statement, 0, len(st.Sentences))
	for _, ss := range st.Sentences {
		var s Statement
		for _, src := range ss.Sources {
			s = append(s, src.Article+": "+strings.Join(strings.Fields(src.Text), " "))
		}
		sort.Strings(s)
		out = append(out, s)
	}
	return out
}

// DiffStatements compares the statements a test expects with those of a
// story and returns a readable diff (-want +got), or "" when they match. The
// order of the statements matters; the order of the sources within one does
// not.
func DiffStatements(want []Statement, got *newsmerge.Story) string {
	norm := make([]Statement, len(want))
	for i, s := range want {
		norm[i] = append(Statement(nil), s...)
		sort.Strings(norm[i])
	}
	return cmp.Diff(norm, Statements(got), cmpopts.EquateEmpty())
}

// Options returns the go-cmp options Diff uses, for tests that compare
// stories, or values holding them, with cmp directly: source similarities
// and links are ignored, each sentence's sources are compared as a set, and
// the choices among equal wordings are ignored: each sentence's text and the
// story's title. Check a title on its own where it matters. Entities are
// compared by name, type, aliases and articles; their roles and mentions,
// which grow as recognition improves, are ignored.
func Options() cmp.Options {
	return cmp.Options{
		cmpopts.IgnoreFields(newsmerge.Story{}, "Title", "TitleSource"),
		cmpopts.IgnoreFields(newsmerge.Entity{}, "Roles", "Mentions"),
		cmpopts.IgnoreFields(newsmerge.Source{}, "Similarity", "Link"),
		cmpopts.IgnoreFields(newsmerge.StorySentence{}, "Text"),
		cmpopts.SortSlices(func(a, b newsmerge.Source) bool {
			if a.Article != b.Article {
				return a.Article < b.Article
			}
			return a.Start < b.Start
		}),
		cmpopts.EquateEmpty(),
	}
}

// Diff compares two stories with Options and returns a readable diff (-want
// +got), or "" when they match.
func Diff(want, got *newsmerge.Story) string {
	return cmp.Diff(want, got, Options())
}
