package entities

import (
	"math/rand"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSpellingIndex checks lookup against comparing every pair: it must
// return each word that sameNameWord accepts as the same name, for words of
// up to 13 letters (the close spellings it finds are one edit apart).
func TestSpellingIndex(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	letters := []rune("abcdeé")
	word := func() string {
		n := 4 + r.Intn(10)
		w := make([]rune, n)
		for i := range w {
			w[i] = letters[r.Intn(len(letters))]
		}
		return string(w)
	}
	edit := func(w string) string {
		rs := []rune(w)
		i := r.Intn(len(rs))
		switch r.Intn(3) {
		case 0:
			rs = append(rs[:i:i], rs[i+1:]...)
		case 1:
			rs = append(rs[:i:i], append([]rune{letters[r.Intn(len(letters))]}, rs[i:]...)...)
		default:
			rs[i] = letters[r.Intn(len(letters))]
		}
		return string(rs)
	}
	var words []string
	for len(words) < 300 {
		w := word()
		words = append(words, w, edit(w))
	}
	var ix spellingIndex
	for i, w := range words {
		ix.add(w, i)
	}
	for _, q := range append(slices.Clone(words[:100]), word(), edit(words[7])) {
		var want []int
		for i, w := range words {
			if sameNameWord(q, w) {
				want = append(want, i)
			}
		}
		var got []int
		for _, i := range ix.lookup(q, nil) {
			if sameNameWord(q, words[i]) {
				got = append(got, i)
			}
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("lookup(%q) (-all pairs +index):\n%s", q, diff)
		}
	}
}

func TestSpellingIndexTooMany(t *testing.T) {
	var ix spellingIndex
	for i := 0; i <= maxSpellingCandidates; i++ {
		ix.add("carroway", i)
	}
	if got := ix.lookup("carroway", nil); got != nil {
		t.Errorf("lookup of a word filed %d times = %d groups, want nil", maxSpellingCandidates+1, len(got))
	}
	if got := ix.lookup("zelensky", nil); got == nil || len(got) != 0 {
		t.Errorf("lookup of a word not filed = %v, want empty", got)
	}
}

// TestEditDistance checks editDistance against strutil's Levenshtein
// distance on random words, some longer than its 64-letter buffers.
func TestEditDistance(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	letters := []rune("abcé")
	word := func() string {
		n := r.Intn(12)
		if r.Intn(20) == 0 {
			n = 60 + r.Intn(10)
		}
		w := make([]rune, n)
		for i := range w {
			w[i] = letters[r.Intn(len(letters))]
		}
		return string(w)
	}
	for i := 0; i < 5000; i++ {
		a, b := word(), word()
		if got, want := editDistance(a, b), levenshtein.Distance(a, b); got != want {
			t.Fatalf("editDistance(%q, %q) = %d, want %d", a, b, got, want)
		}
	}
}
