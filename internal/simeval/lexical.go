package main

import (
	"math"
	"sort"

	"github.com/newsmerge/newsmerge"
)

// words returns the tokens of s as newsmerge.Tokenize gives them: words and
// numbers, folded with newsmerge.Fold (lower-cased, diacritics removed),
// punctuation dropped.
func words(s string) []string {
	toks := newsmerge.Tokenize(s)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

// jaccard returns the Jaccard similarity of the sets of words in a and b:
// shared distinct words over all distinct words, 0 when both are empty.
func jaccard(a, b []string) float64 {
	sa := make(map[string]bool, len(a))
	for _, w := range a {
		sa[w] = true
	}
	sb := make(map[string]bool, len(b))
	for _, w := range b {
		sb[w] = true
	}
	shared := 0
	for w := range sa {
		if sb[w] {
			shared++
		}
	}
	union := len(sa) + len(sb) - shared
	if union == 0 {
		return 0
	}
	return float64(shared) / float64(union)
}

// idf holds document frequencies over a collection of sentences.
type idf struct {
	df map[string]int
	n  int
}

func newIDF() *idf { return &idf{df: map[string]int{}} }

// add counts one sentence (its words) as a document.
func (m *idf) add(ws []string) {
	m.n++
	seen := make(map[string]bool, len(ws))
	for _, w := range ws {
		if !seen[w] {
			seen[w] = true
			m.df[w]++
		}
	}
}

// weight returns the smoothed inverse document frequency of w,
// ln((1+n)/(1+df)) + 1: a word never seen gets the highest weight.
func (m *idf) weight(w string) float64 {
	return math.Log(float64(1+m.n)/float64(1+m.df[w])) + 1
}

// cosine returns the cosine of the TF-IDF vectors of a and b (raw term
// counts times weight), 0 when either has no words.
func (m *idf) cosine(a, b []string) float64 {
	va, vb := m.vector(a), m.vector(b)
	// Sum in sorted word order so that the result does not depend on map
	// iteration order, to the last bit.
	var dot, na, nb float64
	for _, w := range sortedKeys(va) {
		x := va[w]
		na += x * x
		dot += x * vb[w]
	}
	for _, w := range sortedKeys(vb) {
		nb += vb[w] * vb[w]
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / math.Sqrt(na*nb)
}

func (m *idf) vector(ws []string) map[string]float64 {
	v := make(map[string]float64, len(ws))
	for _, w := range ws {
		v[w]++
	}
	for w, tf := range v {
		v[w] = tf * m.weight(w)
	}
	return v
}

func sortedKeys(v map[string]float64) []string {
	keys := make([]string, 0, len(v))
	for w := range v {
		keys = append(keys, w)
	}
	sort.Strings(keys)
	return keys
}
