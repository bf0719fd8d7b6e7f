package newsmerge

import (
	"testing"

	"github.com/newsmerge/newsmerge/article"
	"github.com/newsmerge/newsmerge/segment"
)

// TestCompareArticlesSeeds checks the two seed articles: a rewrite of one
// story, so each says a good part of the other, not all of it.
func TestCompareArticlesSeeds(t *testing.T) {
	a, b := readSeed(t, seedABC), readSeed(t, seedQuen)
	s := NewScorer()
	w := NewWeights()
	for _, x := range []*article.Article{a, b} {
		for _, sen := range segment.Split(x) {
			w.Add(sen.Text)
		}
	}
	s.Weights = w
	got := s.CompareArticles(s.PrepareArticle(a), s.PrepareArticle(b))
	// A rewrite by the rule of DedupOptions: Value from DefaultMinRewrite
	// up to DefaultNearCopy, and each article saying some of the other.
	if got.Value < DefaultMinRewrite || got.Value >= DefaultNearCopy || got.AInB == 0 || got.BInA == 0 {
		t.Errorf("AInB %.2f, BInA %.2f, Value %.2f: want a rewrite, Value in [%.2f, %.2f) and both shares above 0", got.AInB, got.BInA, got.Value, DefaultMinRewrite, DefaultNearCopy)
	}
	if sym := s.CompareArticles(s.PrepareArticle(b), s.PrepareArticle(a)); sym.AInB != got.BInA || sym.BInA != got.AInB {
		t.Errorf("not symmetric: (%.3f, %.3f) then (%.3f, %.3f)", got.AInB, got.BInA, sym.AInB, sym.BInA)
	}
}
