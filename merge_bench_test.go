package newsmerge

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/newsmerge/newsmerge/internal/fixture"
	"github.com/newsmerge/newsmerge/merge"
)

// benchStory returns n articles of about 30 sentences about one event: each
// retells 20 of the seed articles' statements (some lightly edited) and adds
// 10 facts of its own, as a set of outlets covering one story does. The own
// facts follow one pattern with other names; Merge joins many of them today
// (names do not yet keep statements apart), which the cost figures include.
func benchStory(b testing.TB, n int) []*Article {
	b.Helper()
	var pool []string
	for _, name := range []string{seedABC, seedQuen} {
		for _, s := range Split(readSeed(b, name)) {
			if s.Role == RoleBody {
				pool = append(pool, merge.OneLine(s.Text))
			}
		}
	}
	rng := rand.New(rand.NewSource(1))
	syllables := []string{"ka", "ri", "mo", "tel", "van", "os", "de", "lu", "bar", "sen", "ti", "gor"}
	word := func() string {
		w := ""
		for n := 2 + rng.Intn(2); n > 0; n-- {
			w += syllables[rng.Intn(len(syllables))]
		}
		return strings.ToUpper(w[:1]) + w[1:]
	}
	verbs := []string{"visited", "inspected", "praised", "criticised", "funded", "closed", "reopened", "toured"}
	things := []string{"clinic", "school", "depot", "bridge", "market", "shelter", "station", "warehouse"}
	articles := make([]*Article, n)
	for k := range articles {
		var sents []string
		for _, i := range rng.Perm(len(pool))[:20] {
			s := pool[i]
			if rng.Intn(3) == 0 {
				s = strings.Replace(s, " said ", " says ", 1)
				s = strings.Replace(s, " the ", " a ", 1)
			}
			sents = append(sents, s)
		}
		// Facts of this outlet's own, about people and places no other
		// outlet names.
		for j := 0; j < 10; j++ {
			sents = append(sents, fmt.Sprintf("%s %s, a local official in %s, %s the %s in %s on %s morning.",
				word(), word(), word(), verbs[rng.Intn(len(verbs))], things[rng.Intn(len(things))], word(), word()))
		}
		rng.Shuffle(len(sents), func(i, j int) { sents[i], sents[j] = sents[j], sents[i] })
		articles[k] = fixture.Story(fmt.Sprintf("outlet-%03d", k), sents...)
	}
	return articles
}

var mergeSizes = []int{2, 10, 100}

func BenchmarkMerge(b *testing.B) {
	for _, n := range mergeSizes {
		articles := benchStory(b, n)
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if _, err := Merge(articles, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkMergeAllPairs is the naive approach Merge avoids: preparing every
// body sentence and scoring every pair from different articles, which is
// what finding the clusters by brute force costs before any clustering.
func BenchmarkMergeAllPairs(b *testing.B) {
	for _, n := range mergeSizes {
		articles := benchStory(b, n)
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				s := NewScorer()
				var ps []*Prepared
				var arts []int
				for k, a := range articles {
					for _, sen := range Split(a) {
						if sen.Role == RoleBody {
							ps = append(ps, s.Prepare(sen.Text))
							arts = append(arts, k)
						}
					}
				}
				for x := range ps {
					for y := x + 1; y < len(ps); y++ {
						if arts[x] != arts[y] {
							s.Link(ps[x], ps[y])
						}
					}
				}
			}
		})
	}
}

// BenchmarkMergeLongSentence merges two copies of an article whose one
// sentence is hundreds of attributions long ("Smith said Jones said ..."):
// the cost must grow about linearly with the sentence, not with its square.
func BenchmarkMergeLongSentence(b *testing.B) {
	for _, n := range []int{500, 4000} {
		body := "The mayor spoke. " + strings.Repeat("Smith said Jones said ", n) + "nothing."
		articles := []*Article{{ID: "a", Body: body}, {ID: "b", Body: body}}
		b.Run(fmt.Sprintf("repeats=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if _, err := Merge(articles, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
