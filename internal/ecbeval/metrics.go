package main

import (
	"math"
	"sort"
)

// pairCounts are the pair counts of a predicted partition against a gold
// one, over all unordered pairs of items.
type pairCounts struct {
	TP        int // pairs in one predicted group and one gold group
	Predicted int // pairs in one predicted group
	Gold      int // pairs in one gold group
}

// add returns the sum of two counts (pooling held-out folds).
func (c pairCounts) add(d pairCounts) pairCounts {
	return pairCounts{c.TP + d.TP, c.Predicted + d.Predicted, c.Gold + d.Gold}
}

// precision is TP/Predicted, and 1 when no pair is predicted (no wrong
// pair).
func (c pairCounts) precision() float64 {
	if c.Predicted == 0 {
		return 1
	}
	return float64(c.TP) / float64(c.Predicted)
}

// recall is TP/Gold, and 1 when the gold has no pair.
func (c pairCounts) recall() float64 {
	if c.Gold == 0 {
		return 1
	}
	return float64(c.TP) / float64(c.Gold)
}

// f1 is the harmonic mean of precision and recall, 0 when both are 0.
func (c pairCounts) f1() float64 {
	p, r := c.precision(), c.recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// choose2 is n(n-1)/2.
func choose2(n int) int { return n * (n - 1) / 2 }

// countPairs compares a predicted partition (pred[i] is item i's group)
// with a gold one (gold[i] is item i's label). pred and gold have the
// same length.
func countPairs(pred []int, gold []string) pairCounts {
	type cell struct {
		p int
		g string
	}
	cells := make(map[cell]int)
	ps := make(map[int]int)
	gs := make(map[string]int)
	for i := range pred {
		cells[cell{pred[i], gold[i]}]++
		ps[pred[i]]++
		gs[gold[i]]++
	}
	var c pairCounts
	for _, n := range cells {
		c.TP += choose2(n)
	}
	for _, n := range ps {
		c.Predicted += choose2(n)
	}
	for _, n := range gs {
		c.Gold += choose2(n)
	}
	return c
}

// groupSizes returns the number of groups of a partition and how many of
// them have one item.
func groupSizes(pred []int) (groups, singletons int) {
	size := make(map[int]int)
	for _, p := range pred {
		size[p]++
	}
	for _, n := range size {
		if n == 1 {
			singletons++
		}
	}
	return len(size), singletons
}

// trapsJoined returns, sorted by lessTopic, the topics in which some predicted group
// holds items of two different sub-topics of that topic.
func trapsJoined(pred []int, topic, subtopic []string) []string {
	type key struct {
		p int
		t string
	}
	first := make(map[key]string) // the first sub-topic seen in a group and topic
	joined := make(map[string]bool)
	for i := range pred {
		k := key{pred[i], topic[i]}
		s, ok := first[k]
		switch {
		case !ok:
			first[k] = subtopic[i]
		case s != subtopic[i]:
			joined[topic[i]] = true
		}
	}
	out := make([]string, 0, len(joined))
	for t := range joined {
		out = append(out, t)
	}
	sort.Slice(out, func(i, j int) bool { return lessTopic(out[i], out[j]) })
	return out
}

// crossPairs counts the predicted pairs whose two items have different
// topics: joins that no similar-event trap explains.
func crossPairs(pred []int, topic []string) int {
	byGroup := make(map[int]map[string]int)
	for i, p := range pred {
		if byGroup[p] == nil {
			byGroup[p] = make(map[string]int)
		}
		byGroup[p][topic[i]]++
	}
	n := 0
	for _, ts := range byGroup {
		total := 0
		for _, k := range ts {
			total += k
		}
		same := 0
		for _, k := range ts {
			same += choose2(k)
		}
		n += choose2(total) - same
	}
	return n
}

// unionFind is a disjoint-set forest over items 0..n-1.
type unionFind []int

func newUnionFind(n int) unionFind {
	u := make(unionFind, n)
	for i := range u {
		u[i] = i
	}
	return u
}

func (u unionFind) find(x int) int {
	for u[x] != x {
		u[x] = u[u[x]]
		x = u[x]
	}
	return x
}

// union joins the sets of a and b; the smaller root stays the root.
func (u unionFind) union(a, b int) {
	a, b = u.find(a), u.find(b)
	if a > b {
		a, b = b, a
	}
	u[b] = a
}

// labels returns each item's group as the smallest item of its group.
func (u unionFind) labels() []int {
	out := make([]int, len(u))
	for i := range u {
		out[i] = u.find(i)
	}
	return out
}

// thresholdGroups links every pair of items whose similarity sim(i, j)
// (i < j) is at least t and returns the connected components, labelled by
// their smallest item (single linkage).
func thresholdGroups(n int, sim func(i, j int) float64, t float64) []int {
	u := newUnionFind(n)
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			if sim(i, j) >= t {
				u.union(i, j)
			}
		}
	}
	return u.labels()
}

// bestThreshold returns the threshold of grid whose groups (cluster of
// items) score the highest pair F1 against gold, and that F1; ties go to
// the higher threshold.
func bestThreshold(grid []float64, cluster func(t float64) []int, gold []string) (float64, float64) {
	bestT, bestF := grid[0], -1.0
	for _, t := range grid {
		f := countPairs(cluster(t), gold).f1()
		if f > bestF || (f == bestF && t > bestT) {
			bestT, bestF = t, f
		}
	}
	return bestT, bestF
}

// topicFolds assigns topics to k folds: topics sorted (numerically when
// they are numbers of equal meaning, see lessTopic), the i-th to fold i%k.
func topicFolds(topics []string, k int) map[string]int {
	ts := append([]string(nil), topics...)
	sort.Slice(ts, func(i, j int) bool { return lessTopic(ts[i], ts[j]) })
	out := make(map[string]int)
	n := 0
	for _, t := range ts {
		if _, ok := out[t]; ok {
			continue
		}
		out[t] = n % k
		n++
	}
	return out
}

// lessTopic orders topic names by length then text, so "2" comes before
// "10".
func lessTopic(a, b string) bool {
	if len(a) != len(b) {
		return len(a) < len(b)
	}
	return a < b
}

// A merge is one step of agglomerative clustering: the clusters holding
// items A and B join at similarity H.
type merge struct {
	A, B int
	H    float64
}

// averageLinkage clusters n items bottom-up (UPGMA): it joins, while more
// than one cluster is left, the two clusters of the highest average
// pairwise similarity, and returns the merges in order (their H does not
// increase). It takes O(n^3) time.
func averageLinkage(n int, sim func(i, j int) float64) []merge {
	s := make([][]float64, n)
	for i := range s {
		s[i] = make([]float64, n)
		for j := range s[i] {
			if i != j {
				s[i][j] = sim(min(i, j), max(i, j))
			}
		}
	}
	size := make([]int, n)
	for i := range size {
		size[i] = 1
	}
	var out []merge
	for len(out) < n-1 {
		a, b, h := -1, -1, math.Inf(-1)
		for i := 0; i < n; i++ {
			if size[i] == 0 {
				continue
			}
			for j := i + 1; j < n; j++ {
				if size[j] != 0 && s[i][j] > h {
					a, b, h = i, j, s[i][j]
				}
			}
		}
		out = append(out, merge{a, b, h})
		for k := 0; k < n; k++ {
			if size[k] == 0 || k == a || k == b {
				continue
			}
			v := (float64(size[a])*s[k][a] + float64(size[b])*s[k][b]) / float64(size[a]+size[b])
			s[k][a], s[a][k] = v, v
		}
		size[a] += size[b]
		size[b] = 0
	}
	return out
}

// cut returns the groups of n items after the merges of at least t, taken
// in order up to the first below t, labelled by their smallest item.
func cut(n int, merges []merge, t float64) []int {
	u := newUnionFind(n)
	for _, m := range merges {
		if m.H < t {
			break
		}
		u.union(m.A, m.B)
	}
	return u.labels()
}
