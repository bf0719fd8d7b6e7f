package main

import (
	"math"
	"sort"
	"strings"
	"unicode"

	"github.com/newsmerge/newsmerge/similarity"
)

// words returns the lower-cased word tokens of s: maximal runs of letters
// and digits.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// sparse is a sparse vector sorted by term id.
type sparse struct {
	ids  []int
	vals []float64
}

// tfidf returns the L2-normalised TF-IDF vectors of the documents
// (raw term counts times log(N/df), df over the given documents).
func tfidf(docs [][]string) []sparse {
	vocab := make(map[string]int)
	df := []int{}
	counts := make([]map[int]int, len(docs))
	for d, toks := range docs {
		counts[d] = make(map[int]int)
		for _, w := range toks {
			id, ok := vocab[w]
			if !ok {
				id = len(df)
				vocab[w] = id
				df = append(df, 0)
			}
			if counts[d][id] == 0 {
				df[id]++
			}
			counts[d][id]++
		}
	}
	n := float64(len(docs))
	out := make([]sparse, len(docs))
	for d, c := range counts {
		var v sparse
		for id := range c {
			v.ids = append(v.ids, id)
		}
		sort.Ints(v.ids)
		norm := 0.0
		for _, id := range v.ids {
			x := float64(c[id]) * math.Log(n/float64(df[id]))
			v.vals = append(v.vals, x)
			norm += x * x
		}
		if norm > 0 {
			norm = math.Sqrt(norm)
			for i := range v.vals {
				v.vals[i] /= norm
			}
		}
		out[d] = v
	}
	return out
}

// cosine is the dot product of two normalised sparse vectors.
func cosine(a, b sparse) float64 {
	s := 0.0
	for i, j := 0, 0; i < len(a.ids) && j < len(b.ids); {
		switch {
		case a.ids[i] < b.ids[j]:
			i++
		case a.ids[i] > b.ids[j]:
			j++
		default:
			s += a.vals[i] * b.vals[j]
			i++
			j++
		}
	}
	return s
}

// shingles returns the sorted distinct k-word shingles of toks (one
// shingle of all words when there are fewer than k).
func shingles(toks []string, k int) []string {
	set := make(map[string]bool)
	if len(toks) > 0 && len(toks) < k {
		set[strings.Join(toks, " ")] = true
	}
	for i := 0; i+k <= len(toks); i++ {
		set[strings.Join(toks[i:i+k], " ")] = true
	}
	out := make([]string, 0, len(set))
	for s := range set {
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

// jaccard is |a∩b|/|a∪b| of two sorted sets; 0 when both are empty.
func jaccard(a, b []string) float64 {
	inter := similarity.CountCommon(a, b)
	union := len(a) + len(b) - inter
	if union == 0 {
		return 0
	}
	return float64(inter) / float64(union)
}
