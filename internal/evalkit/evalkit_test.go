package evalkit

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestConfusion(t *testing.T) {
	type figures struct{ P, R, F1, Acc float64 }
	tests := []struct {
		name  string
		pairs [][2]bool // pred, gold
		want  Confusion
		fig   figures
	}{
		{"empty", nil, Confusion{}, figures{0, 0, 0, math.NaN()}},
		{"perfect", [][2]bool{{true, true}, {false, false}}, Confusion{TP: 1, TN: 1}, figures{1, 1, 1, 1}},
		{"mixed", [][2]bool{{true, true}, {true, false}, {false, true}, {false, false}, {true, true}},
			Confusion{TP: 2, FP: 1, FN: 1, TN: 1}, figures{2.0 / 3, 2.0 / 3, 2.0 / 3, 0.6}},
		{"nothing right", [][2]bool{{true, false}, {false, true}}, Confusion{FP: 1, FN: 1}, figures{0, 0, 0, 0}},
	}
	for _, tt := range tests {
		var c Confusion
		for _, p := range tt.pairs {
			c.Add(p[0], p[1])
		}
		if diff := cmp.Diff(tt.want, c); diff != "" {
			t.Errorf("%s: counts (-want +got):\n%s", tt.name, diff)
		}
		got := figures{c.Precision(), c.Recall(), c.F1(), c.Accuracy()}
		if diff := cmp.Diff(tt.fig, got, cmp.Comparer(func(a, b float64) bool {
			return a == b || math.Abs(a-b) < 1e-12 || math.IsNaN(a) && math.IsNaN(b)
		})); diff != "" {
			t.Errorf("%s: figures (-want +got):\n%s", tt.name, diff)
		}
		if sum := c.Plus(c); sum.TP != 2*c.TP || sum.TN != 2*c.TN {
			t.Errorf("%s: Plus = %+v", tt.name, sum)
		}
	}
}
