// Package evalkit holds what the evaluation programs (internal/simeval,
// internal/conlleval, internal/boilerplateeval) count and score alike: a
// confusion matrix of binary decisions, with precision, recall, F1 and
// accuracy.
package evalkit

import "math"

// A Confusion counts binary decisions against gold labels.
type Confusion struct{ TP, FP, FN, TN int }

// Add counts one decision: pred is what was decided, gold what is true.
func (c *Confusion) Add(pred, gold bool) {
	switch {
	case pred && gold:
		c.TP++
	case pred:
		c.FP++
	case gold:
		c.FN++
	default:
		c.TN++
	}
}

// Plus returns the sum of two confusions (pooling folds or files).
func (c Confusion) Plus(d Confusion) Confusion {
	return Confusion{c.TP + d.TP, c.FP + d.FP, c.FN + d.FN, c.TN + d.TN}
}

// Precision is TP/(TP+FP), 0 when nothing is decided positive.
func (c Confusion) Precision() float64 { return Ratio(c.TP, c.TP+c.FP) }

// Recall is TP/(TP+FN), 0 when nothing is positive.
func (c Confusion) Recall() float64 { return Ratio(c.TP, c.TP+c.FN) }

// FalsePositiveRate is FP/(FP+TN): the share of negatives decided
// positive, 0 when there are none.
func (c Confusion) FalsePositiveRate() float64 { return Ratio(c.FP, c.FP+c.TN) }

// F1 is the harmonic mean of precision and recall, 0 when both are 0.
func (c Confusion) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Accuracy is the share of right decisions, NaN when there are none.
func (c Confusion) Accuracy() float64 {
	n := c.TP + c.FP + c.FN + c.TN
	if n == 0 {
		return math.NaN()
	}
	return float64(c.TP+c.TN) / float64(n)
}

// Ratio is a/b, or 0 when b is 0.
func Ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
