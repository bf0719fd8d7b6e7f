package similarity

import (
	"testing"

	"github.com/newsmerge/newsmerge/article"
	"github.com/newsmerge/newsmerge/internal/fixture"
)

func readSeed(t testing.TB, name string) *article.Article { t.Helper(); return fixture.Seed(t, name) }

const (
	seedABC  = fixture.SeedABC
	seedQuen = fixture.SeedQuen
)
