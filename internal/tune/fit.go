package main

import (
	"fmt"
	"math"
	"os"
)

// maxNewtonSteps bounds the steps of irls; a fit usually converges in ten.
const maxNewtonSteps = 100

// irls fits a logistic regression by Newton's method (iteratively
// reweighted least squares): weights for the features marked in use (the
// others stay 0) and, when withBias is set, a bias, each example's
// log-odds starting at its offset (none when offsets is nil) and its loss
// counting counts[i] times (once each when counts is nil). l2 penalises
// the squared weights, not the bias, against the summed loss.
func irls(xs [][]float64, ys, offsets, counts []float64, use []bool, withBias bool, l2 float64) ([]float64, float64) {
	var cols []int
	for j, u := range use {
		if u {
			cols = append(cols, j)
		}
	}
	d := len(cols) + 1 // the bias is coefficient 0
	beta := make([]float64, d)
	row := make([]float64, d)
	g := make([]float64, d)
	h := make([][]float64, d)
	for k := range h {
		h[k] = make([]float64, d)
	}
	converged := false
	for iter := 0; iter < maxNewtonSteps && !converged; iter++ {
		for k := range h {
			g[k] = 0
			clear(h[k])
		}
		for i, x := range xs {
			row[0] = 0
			if withBias {
				row[0] = 1
			}
			for k, j := range cols {
				row[k+1] = x[j]
			}
			z := 0.0
			if offsets != nil {
				z = offsets[i]
			}
			for k, v := range row {
				z += beta[k] * v
			}
			p := 1 / (1 + math.Exp(-z))
			c := 1.0
			if counts != nil {
				c = counts[i]
			}
			e, s := c*(p-ys[i]), c*p*(1-p)
			for k, v := range row {
				if v == 0 {
					continue
				}
				g[k] += e * v
				for l := k; l < d; l++ {
					h[k][l] += s * v * row[l]
				}
			}
		}
		for k := 0; k < d; k++ {
			for l := 0; l < k; l++ {
				h[k][l] = h[l][k]
			}
			if k > 0 {
				g[k] += l2 * beta[k]
				h[k][k] += l2
			} else if !withBias {
				h[k][k] = 1 // keeps the bias at 0
			}
		}
		step := solve(h, g)
		largest := 0.0
		for k := range beta {
			beta[k] -= step[k]
			largest = math.Max(largest, math.Abs(step[k]))
		}
		converged = largest < 1e-9
	}
	if !converged {
		fmt.Fprintf(os.Stderr, "tune: the fit did not converge in %d steps\n", maxNewtonSteps)
	}
	w := make([]float64, len(use))
	for k, j := range cols {
		w[j] = beta[k+1]
	}
	return w, beta[0]
}

// solve solves a·x = b by Gauss-Jordan elimination with partial pivoting,
// leaving a and b as they were. A column whose pivot is negligible next to
// the largest entry of a (singular, or collinear with others) gives 0.
func solve(a [][]float64, b []float64) []float64 {
	n := len(b)
	m := make([][]float64, n)
	scale := 0.0
	for i := range m {
		m[i] = append(append(make([]float64, 0, n+1), a[i]...), b[i])
		for _, v := range a[i] {
			scale = math.Max(scale, math.Abs(v))
		}
	}
	tiny := 1e-12 * scale
	usable := make([]bool, n)
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(m[r][c]) > math.Abs(m[p][c]) {
				p = r
			}
		}
		m[c], m[p] = m[p], m[c]
		if math.Abs(m[c][c]) <= tiny {
			continue
		}
		usable[c] = true
		for r := 0; r < n; r++ {
			if r != c {
				f := m[r][c] / m[c][c]
				for k := c; k <= n; k++ {
					m[r][k] -= f * m[c][k]
				}
			}
		}
	}
	x := make([]float64, n)
	for i := range x {
		if usable[i] {
			x[i] = m[i][n] / m[i][i]
		}
	}
	return x
}
