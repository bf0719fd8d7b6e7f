package newsmerge

import (
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestConcurrentUse runs the package's entry points from many goroutines at
// once (run it with -race) and checks that every goroutine gets the result a
// single call gets.
func TestConcurrentUse(t *testing.T) {
	a, b := readSeed(t, seedABC), readSeed(t, seedQuen)
	wantSplit := Split(a)
	wantTokens := Tokenize(b.Body)
	wantFold := Fold(b.Body)
	s := NewScorer()
	pa, pb := s.Prepare(wantSplit[1].Text), s.Prepare(b.Title)
	wantScore := s.Compare(pa, pb)

	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				if diff := cmp.Diff(wantSplit, Split(a)); diff != "" {
					errs <- "Split: " + diff
					return
				}
				if diff := cmp.Diff(wantTokens, Tokenize(b.Body)); diff != "" {
					errs <- "Tokenize: " + diff
					return
				}
				if got := Fold(b.Body); got != wantFold {
					errs <- "Fold differs"
					return
				}
				if diff := cmp.Diff(wantScore, s.Compare(pa, s.Prepare(b.Title))); diff != "" {
					errs <- "Compare: " + diff
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
