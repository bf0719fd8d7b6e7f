package corpusgen

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsmerge/newsmerge"
)

func TestGenerate(t *testing.T) {
	pairs, err := Load(Dir())
	if err != nil {
		t.Skipf("no MRPC data: %v", err)
	}
	a, b := Generate(pairs, 2000, 7), Generate(pairs, 2000, 7)
	if len(a) != 2000 {
		t.Fatalf("%d items, want 2000", len(a))
	}
	if diff := cmp.Diff(a, b); diff != "" {
		t.Fatalf("two runs with one seed differ (-first +second):\n%s", diff)
	}
	if c := Generate(pairs, 2000, 8); cmp.Equal(a, c) {
		t.Error("another seed gives the same corpus")
	}
	kinds := make(map[string]int)
	ids := make(map[string]bool)
	for _, it := range a {
		kinds[it.Kind]++
		if ids[it.Article.ID] {
			t.Errorf("ID %s twice", it.Article.ID)
		}
		ids[it.Article.ID] = true
		if err := it.Article.Validate(); err != nil {
			t.Error(err)
		}
	}
	for _, k := range append(variantKinds, KindBase, KindUnrelated) {
		if kinds[k] == 0 {
			t.Errorf("no %s articles", k)
		}
	}
	// A copy folds to its story; a dateline copy has the same body
	// sentences.
	base, cp, dl := a[0].Article, (*newsmerge.Article)(nil), (*newsmerge.Article)(nil)
	for _, it := range a {
		if it.Story == a[0].Story && it.Kind == KindCopy && cp == nil {
			cp = it.Article
		}
		if it.Story == a[0].Story && it.Kind == KindDateline && dl == nil {
			dl = it.Article
		}
	}
	if cp != nil && fold(cp) != fold(base) {
		t.Errorf("copy %s does not fold to its story", cp.ID)
	}
	if dl != nil && !cmp.Equal(bodyText(dl), bodyText(base)) {
		t.Errorf("dateline copy %s: body sentences differ:\n%s", dl.ID, cmp.Diff(bodyText(base), bodyText(dl)))
	}
}

func fold(a *newsmerge.Article) string { return newsmerge.Fold(a.Body) }

// bodyText returns the folded body sentences of a.
func bodyText(a *newsmerge.Article) []string {
	var out []string
	for _, s := range newsmerge.Split(a) {
		if s.Role == newsmerge.RoleBody {
			out = append(out, newsmerge.Fold(s.Text))
		}
	}
	return out
}
