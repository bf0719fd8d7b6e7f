package main

import (
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsmerge/newsmerge"
	"github.com/newsmerge/newsmerge/internal/mrpc"
)

// TestModelMatchesLibrary checks that the model tune fits is the one the
// library computes: the signals tune penalises are those with a Penalty,
// and a model made of the library's weights and penalties gives the
// library's Core and Value, with the signals Core sets aside in tune
// (setAside) the same as in the library.
func TestModelMatchesLibrary(t *testing.T) {
	pairs := [][2]string{
		{"The storm killed 12 people on Monday.", "The storm killed 15 people on Monday."},
		{"The leaders agreed on a ceasefire.", "The leaders did not agree on a ceasefire."},
		{"Musk said Tesla would build a factory.", "Musk said Tesla would cut prices."},
		{"Germany beat France in the final.", "France beat Germany in the final."},
		{"Police arrested three men.", "Three men were arrested by police."},
	}
	var m model
	for k, p := range pairs {
		sc := newsmerge.Similarity(p[0], p[1])
		x := make([]float64, len(sc.Signals))
		if k == 0 {
			for _, sig := range sc.Signals {
				m.names = append(m.names, sig.Name)
				m.w = append(m.w, sig.Weight)
				m.p = append(m.p, sig.Penalty)
				if penalised[sig.Name] != (sig.Penalty != 0) {
					t.Errorf("signal %s: penalised %v, penalty %v", sig.Name, penalised[sig.Name], sig.Penalty)
				}
			}
		}
		for j, sig := range sc.Signals {
			x[j] = sig.Value
		}
		if k == 0 {
			// The bias is not in the Score: take it from the first pair.
			m.b = 0
			m.b = logit(sc.Core) - logit(m.core(x))
		}
		if got := m.core(x); math.Abs(got-sc.Core) > 1e-9 {
			t.Errorf("%q, %q: tune's Core %v, the library's %v", p[0], p[1], got, sc.Core)
		}
		if got := m.value(x); math.Abs(got-sc.Value) > 1e-9 {
			t.Errorf("%q, %q: tune's Value %v, the library's %v", p[0], p[1], got, sc.Value)
		}
	}
}

func logit(p float64) float64 { return math.Log(p / (1 - p)) }

// TestSolve checks the linear solver on a regular system and on one with a
// column collinear with another, which must give 0 for that column rather
// than a huge value.
func TestSolve(t *testing.T) {
	x := solve([][]float64{{2, 1}, {1, 3}}, []float64{3, 5})
	if math.Abs(x[0]-0.8) > 1e-12 || math.Abs(x[1]-1.4) > 1e-12 {
		t.Errorf("solve = %v, want [0.8 1.4]", x)
	}
	x = solve([][]float64{{1, 1}, {1, 1}}, []float64{2, 2})
	for _, v := range x {
		if math.Abs(v) > 10 {
			t.Errorf("singular system: solve = %v, want small values", x)
		}
	}
}

// TestBestThreshold checks that bestThreshold takes a broad stretch of
// good accuracy over a narrow spike that a few scores make.
func TestBestThreshold(t *testing.T) {
	var ps, ys []float64
	add := func(p, y float64, n int) {
		for i := 0; i < n; i++ {
			ps, ys = append(ps, p), append(ys, y)
		}
	}
	add(0.05, 0, 100) // right from 0.06 up
	add(0.95, 1, 100) // right up to 0.95
	add(0.41, 1, 3)   // wrong above 0.41
	add(0.695, 0, 4)  // wrong up to 0.69
	add(0.70, 1, 4)   // wrong above 0.70
	// Errors: 4 from 0.06 to 0.41, 7 from 0.42 to 0.69, 3 at 0.70 alone,
	// 7 above it. The best single threshold is 0.70, a spike.
	if got := bestThreshold(ps, ys); got < 0.06 || got > 0.41 {
		t.Errorf("bestThreshold = %.2f, want one from 0.06 to 0.41", got)
	}
}

// TestModelUpToDate checks that similarity/model_gen.go is what tune
// writes from the MRPC training split with the default options, so that
// the committed model is the fitted one. It skips without the data
// (../shared/eval/mrpc, beside the module).
func TestModelUpToDate(t *testing.T) {
	const trainFile = "../shared/eval/mrpc/msr_paraphrase_train.txt"
	pairs, err := mrpc.ReadFile(filepath.Join("..", "..", trainFile))
	if err != nil {
		t.Skipf("no MRPC training split: %v", err)
	}
	d, names := newDataset(pairs)
	m := train(d, func(int) bool { return true }, names, options{l2: 1, lookWeight: 1})
	got, err := m.source(trainFile)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("..", "..", "similarity", "model_gen.go"))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("similarity/model_gen.go is not what tune fits; run go run ./internal/tune -write similarity/model_gen.go %s (-committed +fitted):\n%s", trainFile, diff)
	}
}
