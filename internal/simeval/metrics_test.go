package main

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

var approx = cmp.Options{cmpopts.EquateApprox(0, 1e-9), cmpopts.EquateNaNs()}

var nan = math.NaN()

func TestPearson(t *testing.T) {
	for _, tc := range []struct {
		name string
		x, y []float64
		want float64
	}{
		{"linear", []float64{1, 2, 3}, []float64{2, 4, 6}, 1},
		{"reversed", []float64{1, 2, 3}, []float64{3, 2, 1}, -1},
		{"half", []float64{1, 2, 3}, []float64{1, 3, 2}, 0.5},
		{"constant", []float64{1, 2, 3}, []float64{4, 4, 4}, nan},
		{"one value", []float64{1}, []float64{1}, nan},
		{"lengths differ", []float64{1, 2, 3}, []float64{1, 2}, nan},
	} {
		if got := pearson(tc.x, tc.y); !cmp.Equal(got, tc.want, approx) {
			t.Errorf("%s: pearson(%v, %v) = %v, want %v", tc.name, tc.x, tc.y, got, tc.want)
		}
	}
}

func TestRanks(t *testing.T) {
	for _, tc := range []struct {
		x, want []float64
	}{
		{[]float64{10, 20, 30}, []float64{1, 2, 3}},
		{[]float64{30, 10, 20}, []float64{3, 1, 2}},
		{[]float64{3, 1, 3}, []float64{2.5, 1, 2.5}},
		{[]float64{1, 1, 1, 1}, []float64{2.5, 2.5, 2.5, 2.5}},
		{[]float64{5, 2, 2, 2, 0}, []float64{5, 3, 3, 3, 1}},
		{[]float64{}, []float64{}},
	} {
		if diff := cmp.Diff(tc.want, ranks(tc.x), approx); diff != "" {
			t.Errorf("ranks(%v) (-want +got):\n%s", tc.x, diff)
		}
	}
}

func TestSpearman(t *testing.T) {
	x := []float64{0.1, 0.5, 0.7, 2, 3}
	exp := make([]float64, len(x))
	for i, v := range x {
		exp[i] = math.Exp(5 * v)
	}
	for _, tc := range []struct {
		name string
		x, y []float64
		want float64
	}{
		{"monotone transform", x, exp, 1},
		{"reversed", x, []float64{9, 8, 7, 1, 0}, -1},
		{"half", []float64{1, 2, 3}, []float64{10, 30, 20}, 0.5},
		// ranks 1.5 1.5 3 against 1 2 3: 1.5/sqrt(1.5*2)
		{"ties", []float64{1, 1, 2}, []float64{1, 2, 3}, 1.5 / math.Sqrt(3)},
		{"constant", []float64{1, 1, 1}, []float64{1, 2, 3}, nan},
	} {
		if got := spearman(tc.x, tc.y); !cmp.Equal(got, tc.want, approx) {
			t.Errorf("%s: spearman(%v, %v) = %v, want %v", tc.name, tc.x, tc.y, got, tc.want)
		}
	}
}

func TestAUC(t *testing.T) {
	F, T := false, true
	for _, tc := range []struct {
		name   string
		scores []float64
		labels []bool
		want   float64
	}{
		{"perfect", []float64{0.1, 0.2, 0.8, 0.9}, []bool{F, F, T, T}, 1},
		{"reversed", []float64{0.1, 0.2, 0.8, 0.9}, []bool{T, T, F, F}, 0},
		{"all tied", []float64{0.5, 0.5, 0.5, 0.5}, []bool{T, F, T, F}, 0.5},
		// (0.5+, 0.5-) ties: 1/2; (0.9+, 0.5-): 1; over 2 pairs
		{"one tie", []float64{0.5, 0.5, 0.9}, []bool{F, T, T}, 0.75},
		// positives 0.2 and 0.6 against negatives 0.4 and 0.8: one pair of four
		{"quarter", []float64{0.2, 0.4, 0.6, 0.8}, []bool{T, F, T, F}, 0.25},
		{"no negatives", []float64{0.1, 0.2}, []bool{T, T}, nan},
		{"no positives", []float64{0.1, 0.2}, []bool{F, F}, nan},
	} {
		if got := auc(tc.scores, tc.labels); !cmp.Equal(got, tc.want, approx) {
			t.Errorf("%s: auc = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestConfusion(t *testing.T) {
	F, T := false, true
	scores := []float64{0.2, 0.4, 0.6, 0.8}
	labels := []bool{F, T, F, T}
	for _, tc := range []struct {
		name     string
		scores   []float64
		labels   []bool
		thr      float64
		want     counts
		acc, f1v float64
	}{
		{"middle", scores, labels, 0.5, counts{TP: 1, FP: 1, TN: 1, FN: 1}, 0.5, 0.5},
		{"all positive", scores, labels, 0, counts{TP: 2, FP: 2}, 0.5, 4.0 / 6},
		{"all negative", scores, labels, math.Inf(1), counts{TN: 2, FN: 2}, 0.5, 0},
		{"at threshold is positive", []float64{0.5}, []bool{T}, 0.5, counts{TP: 1}, 1, 1},
		{"empty", nil, nil, 0.5, counts{}, nan, 0},
	} {
		c := confusion(tc.scores, tc.labels, tc.thr)
		if diff := cmp.Diff(tc.want, c); diff != "" {
			t.Errorf("%s: confusion (-want +got):\n%s", tc.name, diff)
		}
		if got := c.Accuracy(); !cmp.Equal(got, tc.acc, approx) {
			t.Errorf("%s: accuracy = %v, want %v", tc.name, got, tc.acc)
		}
		if got := c.F1(); !cmp.Equal(got, tc.f1v, approx) {
			t.Errorf("%s: f1 = %v, want %v", tc.name, got, tc.f1v)
		}
	}
}

func TestBestThreshold(t *testing.T) {
	F, T := false, true
	for _, tc := range []struct {
		name   string
		scores []float64
		labels []bool
		want   float64
	}{
		{"separable", []float64{0.9, 0.1, 0.8, 0.2}, []bool{T, F, T, F}, 0.5},
		{"all positive", []float64{0.3, 0.1, 0.2}, []bool{T, T, T}, 0.1},
		{"all negative", []float64{0.3, 0.1, 0.2}, []bool{F, F, F}, math.Inf(1)},
		// everything positive and everything negative are both right half
		// the time: the lowest threshold wins
		{"reversed", []float64{0.1, 0.9}, []bool{T, F}, 0.1},
		// three 0.5 go together: 0.7 gets three of four right
		{"tied scores", []float64{0.5, 0.5, 0.5, 0.9}, []bool{T, F, F, T}, 0.7},
		{"empty", nil, nil, math.Inf(1)},
	} {
		if got := bestThreshold(tc.scores, tc.labels); !cmp.Equal(got, tc.want, approx) {
			t.Errorf("%s: bestThreshold = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestTwoFold(t *testing.T) {
	F, T := false, true
	for _, tc := range []struct {
		name       string
		scores     []float64
		labels     []bool
		inA        []bool
		acc, ta, b float64
	}{
		{"agree", []float64{0.1, 0.9, 0.2, 0.8}, []bool{F, T, F, T}, []bool{T, T, F, F}, 1, 0.5, 0.5},
		// fold A chooses 0.5, which gets both of B wrong; B chooses 0.3
		// (everything positive; +Inf is as good), which gets both of A right
		{"disagree", []float64{0.1, 0.9, 0.3, 0.7}, []bool{F, T, T, F}, []bool{T, T, F, F}, 0.5, 0.5, 0.3},
	} {
		acc, ta, tb := twoFold(tc.scores, tc.labels, tc.inA)
		if diff := cmp.Diff([]float64{tc.acc, tc.ta, tc.b}, []float64{acc, ta, tb}, approx); diff != "" {
			t.Errorf("%s: twoFold (acc, thrA, thrB) (-want +got):\n%s", tc.name, diff)
		}
	}
}

func TestJaccard(t *testing.T) {
	for _, tc := range []struct {
		a, b []string
		want float64
	}{
		{[]string{"a", "b", "c"}, []string{"b", "c", "d"}, 0.5},
		{[]string{"a", "a", "b"}, []string{"a"}, 0.5},
		{[]string{"a", "b"}, []string{"b", "a"}, 1},
		{[]string{"a"}, []string{"b"}, 0},
		{nil, nil, 0},
	} {
		if got := jaccard(tc.a, tc.b); !cmp.Equal(got, tc.want, approx) {
			t.Errorf("jaccard(%v, %v) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestTFIDF(t *testing.T) {
	m := newIDF()
	m.add([]string{"a", "b", "b"})
	m.add([]string{"a", "c"})
	wb := math.Log(1.5) + 1 // b and c: in one document of two
	if got, want := m.weight("a"), 1.0; !cmp.Equal(got, want, approx) {
		t.Errorf("weight(a) = %v, want %v", got, want)
	}
	if got, want := m.weight("b"), wb; !cmp.Equal(got, want, approx) {
		t.Errorf("weight(b) = %v, want %v", got, want)
	}
	if got, want := m.weight("unseen"), math.Log(3)+1; !cmp.Equal(got, want, approx) {
		t.Errorf("weight(unseen) = %v, want %v", got, want)
	}
	for _, tc := range []struct {
		a, b []string
		want float64
	}{
		{[]string{"a"}, []string{"a"}, 1},
		{[]string{"a", "b"}, []string{"b", "a"}, 1},
		{[]string{"a", "b"}, []string{"a", "c"}, 1 / (1 + wb*wb)},
		// counts: (1, 2wb) against (1, 0)
		{[]string{"a", "b", "b"}, []string{"a"}, 1 / math.Sqrt(1+4*wb*wb)},
		{[]string{"b"}, []string{"c"}, 0},
		{nil, []string{"a"}, 0},
	} {
		if got := m.cosine(tc.a, tc.b); !cmp.Equal(got, tc.want, approx) {
			t.Errorf("cosine(%v, %v) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestWords(t *testing.T) {
	got := words("The U.S. Senate, on Tuesday, passed 3 BILLS.")
	want := []string{"the", "u.s.", "senate", "on", "tuesday", "passed", "3", "bills"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("words (-want +got):\n%s", diff)
	}
}
