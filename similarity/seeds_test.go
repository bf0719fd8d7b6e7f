package similarity

import (
	"testing"

	"github.com/newsmerge/newsmerge/article"
	"github.com/newsmerge/newsmerge/internal/fixture"
	"github.com/newsmerge/newsmerge/segment"
)

// readSeed reads a seed article as ParseText would: the whole file is the
// body, and a first line that looks like a headline is the title.
func readSeed(t testing.TB, name string) *article.Article {
	a := &article.Article{ID: name, Body: fixture.SeedBody(t, name)}
	if start, end, ok := segment.Headline(a.Body); ok {
		a.Title = a.Body[start:end]
	}
	return a
}

const (
	seedABC  = fixture.SeedABC
	seedQuen = fixture.SeedQuen
)
