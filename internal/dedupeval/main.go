// Command dedupeval checks the deduplication Index against brute force on a
// generated corpus (internal/corpusgen) and measures GroupArticles against
// the corpus's stories.
//
// Usage:
//
//	go run ./internal/dedupeval [-mrpc DIR] [-n 10000] [-seed 1] [-group] [-write FILE.jsonl]
//
// It prints: the pairs whose exact shingle Jaccard similarity (every pair
// compared, by brute force) reaches the threshold, how many of them the
// Index reports (Query of every article against an index of all of them),
// and how many reported pairs are below the threshold; then, with -group,
// how GroupArticles puts the stories together. -write saves the corpus as
// JSON Lines for examples/dedup.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"math/rand"
	"os"
	"runtime"
	"sort"
	"sync"
	"time"

	"github.com/newsmerge/newsmerge"
	"github.com/newsmerge/newsmerge/internal/corpusgen"
)

func main() {
	dir := flag.String("mrpc", corpusgen.Dir(), "folder of the MRPC msr_paraphrase_*.txt files (default: corpusgen.Dir)")
	n := flag.Int("n", 10000, "number of articles to generate")
	seed := flag.Int64("seed", 1, "generator seed")
	group := flag.Bool("group", false, "also run GroupArticles and score it against the stories")
	write := flag.String("write", "", "write the corpus as JSON Lines to this file")
	flag.Parse()
	pairs, err := corpusgen.Load(*dir)
	if err != nil {
		fatal(err)
	}
	items := corpusgen.Generate(pairs, *n, *seed)
	arts := make([]*newsmerge.Article, len(items))
	for i, it := range items {
		arts[i] = it.Article
	}
	fmt.Printf("corpus: %d articles from %d MRPC pairs, seed %d\n", len(arts), len(pairs), *seed)
	if *write != "" {
		if err := writeJSONL(*write, arts); err != nil {
			fatal(err)
		}
	}
	checkIndex(arts)
	if *group {
		checkGroups(items, arts)
	}
}

// checkIndex compares the pairs the index reports with brute force.
func checkIndex(arts []*newsmerge.Article) {
	opts := &newsmerge.DedupOptions{MinRewrite: 2} // near copies only: rewrites are scored by checkGroups
	idx, err := newsmerge.NewIndex(opts)
	if err != nil {
		fatal(err)
	}
	bands, rows := idx.Bands()
	t0 := time.Now()
	for _, a := range arts {
		if err := idx.Add(a); err != nil {
			fatal(err)
		}
	}
	addTime := time.Since(t0)
	fps := make([]*newsmerge.Fingerprint, len(arts))
	for i, a := range arts {
		if fps[i], err = newsmerge.NewFingerprint(a, opts); err != nil {
			fatal(err)
		}
	}
	pos := make(map[string]int, len(arts))
	for i, a := range arts {
		pos[a.ID] = i
	}
	t0 = time.Now()
	reported := make(map[[2]int]float64)
	for i, a := range arts {
		ms, err := idx.Query(a)
		if err != nil {
			fatal(err)
		}
		for _, m := range ms {
			j := pos[m.ID]
			if i < j {
				reported[[2]int{i, j}] = m.Score
			}
		}
	}
	queryTime := time.Since(t0)
	// Brute force: every pair, exact Jaccard of the shingle sets, on all
	// cores.
	t0 = time.Now()
	truth := bruteForce(fps)
	bruteTime := time.Since(t0)
	thr := newsmerge.DefaultNearCopy
	found, below := 0, 0
	for p := range truth {
		if _, ok := reported[p]; ok {
			found++
		}
	}
	var belowPairs [][2]int
	for p := range reported {
		i, j := p[0], p[1]
		if fps[i].Hash != fps[j].Hash && fps[i].Jaccard(fps[j]) < thr {
			below++
			belowPairs = append(belowPairs, p)
		}
	}
	// Pairs at the threshold's edge, where misses would be.
	edge, edgeFound := 0, 0
	for p, j := range truth {
		if j < thr+0.05 {
			edge++
			if _, ok := reported[p]; ok {
				edgeFound++
			}
		}
	}
	fmt.Printf("index: threshold %.2f, %d bands x %d rows, %d articles added in %v, all queried in %v\n", thr, bands, rows, len(arts), addTime.Round(time.Millisecond), queryTime.Round(time.Millisecond))
	fmt.Printf("brute force: %d pairs compared in %v\n", len(arts)*(len(arts)-1)/2, bruteTime.Round(time.Millisecond))
	fmt.Printf("pairs with Jaccard >= %.2f (or the same folded body): %d; reported by the index: %d (recall %.2f%%)\n", thr, len(truth), found, 100*float64(found)/float64(max(1, len(truth))))
	fmt.Printf("  of them in [%.2f, %.2f): %d, reported %d\n", thr, thr+0.05, edge, edgeFound)
	fmt.Printf("reported pairs: %d; below the threshold: %d\n", len(reported), below)
	for _, p := range belowPairs[:min(5, len(belowPairs))] {
		fmt.Printf("  below: %s %s %.3f\n", arts[p[0]].ID, arts[p[1]].ID, fps[p[0]].Jaccard(fps[p[1]]))
	}
}

// bruteForce returns every pair (i < j) whose shingle Jaccard similarity
// reaches the default threshold or whose content hashes are equal, with the
// similarity.
func bruteForce(fps []*newsmerge.Fingerprint) map[[2]int]float64 {
	workers := runtime.GOMAXPROCS(0)
	parts := make([]map[[2]int]float64, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			m := make(map[[2]int]float64)
			for i := w; i < len(fps); i += workers {
				for j := i + 1; j < len(fps); j++ {
					if s := fps[i].Jaccard(fps[j]); s >= newsmerge.DefaultNearCopy || fps[i].Hash == fps[j].Hash {
						m[[2]int{i, j}] = s
					}
				}
			}
			parts[w] = m
		}(w)
	}
	wg.Wait()
	out := make(map[[2]int]float64)
	for _, m := range parts {
		for p, s := range m {
			out[p] = s
		}
	}
	return out
}

// checkGroups runs GroupArticles and compares its groups with the stories.
func checkGroups(items []corpusgen.Item, arts []*newsmerge.Article) {
	t0 := time.Now()
	groups, err := newsmerge.GroupArticles(arts, nil)
	if err != nil {
		fatal(err)
	}
	elapsed := time.Since(t0)
	// The same corpus in another order must give the same groups.
	shuffled := append([]*newsmerge.Article(nil), arts...)
	rand.New(rand.NewSource(99)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	again, err := newsmerge.GroupArticles(shuffled, nil)
	if err != nil {
		fatal(err)
	}
	same := len(again) == len(groups)
	for g := 0; same && g < len(groups); g++ {
		same = len(groups[g].Members) == len(again[g].Members)
		for k := 0; same && k < len(groups[g].Members); k++ {
			a, b := groups[g].Members[k], again[g].Members[k]
			same = a.Article.ID == b.Article.ID && a.Relation == b.Relation && a.Score == b.Score
		}
	}
	story := make(map[string]int, len(items))
	kind := make(map[string]string, len(items))
	for i, it := range items {
		story[it.Article.ID] = it.Story
		if it.Story < 0 {
			story[it.Article.ID] = -1 - i // unrelated: a story of its own
		}
		kind[it.Article.ID] = it.Kind
	}
	groupOf := make(map[string]int)
	for g, gr := range groups {
		for _, m := range gr.Members {
			groupOf[m.Article.ID] = g
		}
	}
	// Pair counts: same story and same group.
	var tp, fp, fn int
	byStory := make(map[int][]string)
	for _, it := range items {
		byStory[story[it.Article.ID]] = append(byStory[story[it.Article.ID]], it.Article.ID)
	}
	for _, ids := range byStory {
		for a := 0; a < len(ids); a++ {
			for b := a + 1; b < len(ids); b++ {
				if groupOf[ids[a]] == groupOf[ids[b]] {
					tp++
				} else {
					fn++
				}
			}
		}
	}
	for _, gr := range groups {
		for a := 0; a < len(gr.Members); a++ {
			for b := a + 1; b < len(gr.Members); b++ {
				if story[gr.Members[a].Article.ID] != story[gr.Members[b].Article.ID] {
					fp++
				}
			}
		}
	}
	fmt.Printf("GroupArticles: %d articles in %d groups (%d stories + unrelated in the corpus) in %v\n", len(arts), len(groups), len(byStory), elapsed.Round(time.Millisecond))
	fmt.Printf("  the input shuffled gives the same groups, relations and scores: %v\n", same)
	fmt.Printf("  same-story pairs: %d, together %d (pair recall %.2f%%); pairs put together from different stories: %d (pair precision %.2f%%)\n",
		tp+fn, tp, 100*float64(tp)/float64(max(1, tp+fn)), fp, 100*float64(tp)/float64(max(1, tp+fp)))
	// Per kind: in the base's group, and the relation to the group's first.
	type tally struct {
		n, with int
		rel     map[newsmerge.Relation]int
	}
	tallies := make(map[string]*tally)
	for g, gr := range groups {
		for _, m := range gr.Members {
			id := m.Article.ID
			k := kind[id]
			t := tallies[k]
			if t == nil {
				t = &tally{rel: make(map[newsmerge.Relation]int)}
				tallies[k] = t
			}
			t.n++
			t.rel[m.Relation]++
			if s := story[id]; s >= 0 && groupOf[fmt.Sprintf("s%05d-%s", s, corpusgen.KindBase)] == g {
				t.with++
			}
		}
	}
	kinds := make([]string, 0, len(tallies))
	for k := range tallies {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	fmt.Println("  kind        articles  with-base  first  exact  near-copy  rewrite")
	for _, k := range kinds {
		t := tallies[k]
		fmt.Printf("  %-10s  %8d  %9d  %5d  %5d  %9d  %7d\n", k, t.n, t.with, t.rel[newsmerge.First], t.rel[newsmerge.Exact], t.rel[newsmerge.NearCopy], t.rel[newsmerge.Rewrite])
	}
}

// writeJSONL writes articles one JSON object a line.
func writeJSONL(name string, arts []*newsmerge.Article) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(f)
	for _, a := range arts {
		if err := enc.Encode(a); err != nil {
			f.Close()
			return err
		}
	}
	return f.Close()
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "dedupeval:", err)
	os.Exit(1)
}
