package newsmerge_test

import (
	"testing"

	"github.com/newsmerge/newsmerge"
	"github.com/newsmerge/newsmerge/internal/corpusgen"
)

// TestIndexAgainstBruteForce checks, on 1,500 generated articles (skipped
// without the MRPC files), that the index reports every pair whose exact
// shingle similarity reaches the threshold and none below it. The full-size
// check is go run ./internal/dedupeval.
func TestIndexAgainstBruteForce(t *testing.T) {
	pairs, err := corpusgen.Load(corpusgen.Dir())
	if err != nil {
		t.Skipf("no MRPC data: %v", err)
	}
	var arts []*newsmerge.Article
	for _, it := range corpusgen.Generate(pairs, 1500, 5) {
		arts = append(arts, it.Article)
	}
	opts := &newsmerge.DedupOptions{MinRewrite: 2}
	idx, err := newsmerge.NewIndex(opts)
	if err != nil {
		t.Fatal(err)
	}
	fps := make([]*newsmerge.Fingerprint, len(arts))
	pos := make(map[string]int)
	for i, a := range arts {
		if err := idx.Add(a); err != nil {
			t.Fatal(err)
		}
		if fps[i], err = newsmerge.NewFingerprint(a, opts); err != nil {
			t.Fatal(err)
		}
		pos[a.ID] = i
	}
	reported := make(map[[2]int]bool)
	for i, a := range arts {
		ms, err := idx.Query(a)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range ms {
			j := pos[m.ID]
			if fps[i].Hash != fps[j].Hash && fps[i].Jaccard(fps[j]) < newsmerge.DefaultNearCopy {
				t.Errorf("%s and %s reported with similarity %.3f", a.ID, m.ID, fps[i].Jaccard(fps[j]))
			}
			reported[[2]int{min(i, j), max(i, j)}] = true
		}
	}
	want, missed := 0, 0
	for i := range fps {
		for j := i + 1; j < len(fps); j++ {
			if fps[i].Hash == fps[j].Hash || fps[i].Jaccard(fps[j]) >= newsmerge.DefaultNearCopy {
				want++
				if !reported[[2]int{i, j}] {
					missed++
				}
			}
		}
	}
	if want == 0 || float64(missed) > 0.02*float64(want) {
		t.Errorf("missed %d of %d pairs at or above the threshold", missed, want)
	}
}
