package main

import (
	"math"
	"sort"

	"github.com/newsmerge/newsmerge/internal/evalkit"
)

// pearson returns the Pearson correlation of x and y, NaN when they differ
// in length, have fewer than two values, or either has no variance.
func pearson(x, y []float64) float64 {
	n := len(x)
	if n != len(y) || n < 2 {
		return math.NaN()
	}
	var mx, my float64
	for i := range x {
		mx += x[i]
		my += y[i]
	}
	mx /= float64(n)
	my /= float64(n)
	var sxy, sxx, syy float64
	for i := range x {
		dx, dy := x[i]-mx, y[i]-my
		sxy += dx * dy
		sxx += dx * dx
		syy += dy * dy
	}
	if sxx == 0 || syy == 0 {
		return math.NaN()
	}
	return sxy / math.Sqrt(sxx*syy)
}

// ranks returns the 1-based ranks of x in ascending order, tied values
// sharing the average of the ranks they span: ranks([3 1 3]) is [2.5 1 2.5].
func ranks(x []float64) []float64 {
	idx := make([]int, len(x))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return x[idx[a]] < x[idx[b]] })
	r := make([]float64, len(x))
	for i := 0; i < len(idx); {
		j := i + 1
		for j < len(idx) && x[idx[j]] == x[idx[i]] {
			j++
		}
		avg := float64(i+1+j) / 2 // mean of ranks i+1 .. j
		for k := i; k < j; k++ {
			r[idx[k]] = avg
		}
		i = j
	}
	return r
}

// spearman returns Spearman's rank correlation of x and y: the Pearson
// correlation of their ranks, ties taking average ranks.
func spearman(x, y []float64) float64 {
	if len(x) != len(y) {
		return math.NaN()
	}
	return pearson(ranks(x), ranks(y))
}

// auc returns the area under the ROC curve of scores for the positive
// labels: the probability that a random positive scores above a random
// negative, a tie counting half (the Mann-Whitney U over n1*n0). NaN when
// either class is empty.
func auc(scores []float64, labels []bool) float64 {
	if len(scores) != len(labels) {
		return math.NaN()
	}
	r := ranks(scores)
	var n1, n0 int
	var sum float64
	for i, pos := range labels {
		if pos {
			n1++
			sum += r[i]
		} else {
			n0++
		}
	}
	if n1 == 0 || n0 == 0 {
		return math.NaN()
	}
	u := sum - float64(n1)*float64(n1+1)/2
	return u / (float64(n1) * float64(n0))
}

// counts tallies binary decisions against labels.
type counts = evalkit.Confusion

// confusion decides score >= thr for every pair and tallies the decisions.
func confusion(scores []float64, labels []bool, thr float64) counts {
	var c counts
	for i, s := range scores {
		c.Add(s >= thr, labels[i])
	}
	return c
}

// bestThreshold returns the threshold t at which deciding score >= t gives
// the highest accuracy on scores and labels. The candidates are the lowest
// score (everything positive), the midpoints between consecutive distinct
// scores, and +Inf (everything negative); among equally accurate ones the
// lowest wins.
func bestThreshold(scores []float64, labels []bool) float64 {
	if len(scores) == 0 {
		return math.Inf(1)
	}
	idx := make([]int, len(scores))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return scores[idx[a]] < scores[idx[b]] })
	// Start with everything positive: right answers are the positives.
	right := 0
	for _, l := range labels {
		if l {
			right++
		}
	}
	best, bestRight := scores[idx[0]], right
	for i := 0; i < len(idx); {
		// Move the group of scores equal to scores[idx[i]] to negative.
		j := i
		for j < len(idx) && scores[idx[j]] == scores[idx[i]] {
			if labels[idx[j]] {
				right--
			} else {
				right++
			}
			j++
		}
		t := math.Inf(1)
		if j < len(idx) {
			t = (scores[idx[i]] + scores[idx[j]]) / 2
		}
		if right > bestRight {
			best, bestRight = t, right
		}
		i = j
	}
	return best
}

// twoFold chooses a threshold by accuracy on the pairs of one fold
// (inA[i] true) and measures the accuracy on the other, then the other way
// round, and returns the mean of the two held-out accuracies with the two
// thresholds: thrA chosen on fold A, thrB on fold B.
func twoFold(scores []float64, labels []bool, inA []bool) (acc, thrA, thrB float64) {
	var sa, sb []float64
	var la, lb []bool
	for i, s := range scores {
		if inA[i] {
			sa, la = append(sa, s), append(la, labels[i])
		} else {
			sb, lb = append(sb, s), append(lb, labels[i])
		}
	}
	thrA = bestThreshold(sa, la)
	thrB = bestThreshold(sb, lb)
	accB := confusion(sb, lb, thrA).Accuracy()
	accA := confusion(sa, la, thrB).Accuracy()
	return (accA + accB) / 2, thrA, thrB
}
