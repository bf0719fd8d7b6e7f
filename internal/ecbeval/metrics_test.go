package main

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestCountPairs(t *testing.T) {
	gold := []string{"a", "a", "a", "b", "b"} // 3 + 1 = 4 gold pairs
	for _, tc := range []struct {
		name    string
		pred    []int
		want    pairCounts
		p, r, f float64
	}{
		{"perfect", []int{0, 0, 0, 3, 3}, pairCounts{TP: 4, Predicted: 4, Gold: 4}, 1, 1, 1},
		{"labels need not match gold", []int{7, 7, 7, 1, 1}, pairCounts{TP: 4, Predicted: 4, Gold: 4}, 1, 1, 1},
		{"all singletons", []int{0, 1, 2, 3, 4}, pairCounts{TP: 0, Predicted: 0, Gold: 4}, 1, 0, 0},
		{"one group", []int{0, 0, 0, 0, 0}, pairCounts{TP: 4, Predicted: 10, Gold: 4}, 0.4, 1, 2 * 0.4 / 1.4},
		{"split story", []int{0, 0, 1, 3, 3}, pairCounts{TP: 2, Predicted: 2, Gold: 4}, 1, 0.5, 2.0 / 3},
		{"wrong join", []int{0, 0, 0, 0, 4}, pairCounts{TP: 3, Predicted: 6, Gold: 4}, 0.5, 0.75, 0.6},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := countPairs(tc.pred, gold)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Fatalf("countPairs (-want +got):\n%s", diff)
			}
			for _, m := range []struct {
				name      string
				got, want float64
			}{{"precision", got.precision(), tc.p}, {"recall", got.recall(), tc.r}, {"F1", got.f1(), tc.f}} {
				if math.Abs(m.got-m.want) > 1e-12 {
					t.Errorf("%s = %v, want %v", m.name, m.got, m.want)
				}
			}
		})
	}
}

func TestPairCountsAdd(t *testing.T) {
	got := pairCounts{1, 2, 3}.add(pairCounts{10, 20, 30})
	if diff := cmp.Diff(pairCounts{11, 22, 33}, got); diff != "" {
		t.Errorf("add (-want +got):\n%s", diff)
	}
}

func TestGroupStats(t *testing.T) {
	topic := []string{"1", "1", "1", "1", "2", "2"}
	sub := []string{"1a", "1a", "1b", "1b", "2a", "2b"}
	for _, tc := range []struct {
		name            string
		pred            []int
		groups, singles int
		traps           []string
		cross           int
	}{
		{"perfect", []int{0, 0, 2, 2, 4, 5}, 4, 2, []string{}, 0},
		{"singletons", []int{0, 1, 2, 3, 4, 5}, 6, 6, []string{}, 0},
		{"trap in topic 1", []int{0, 0, 0, 2, 4, 5}, 4, 3, []string{"1"}, 0},
		{"both traps", []int{0, 0, 0, 0, 4, 4}, 2, 0, []string{"1", "2"}, 0},
		{"across topics is no trap", []int{0, 0, 2, 2, 0, 5}, 3, 1, []string{}, 2},
		{"everything", []int{0, 0, 0, 0, 0, 0}, 1, 0, []string{"1", "2"}, 8},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g, s := groupSizes(tc.pred)
			if g != tc.groups || s != tc.singles {
				t.Errorf("groupSizes = %d, %d, want %d, %d", g, s, tc.groups, tc.singles)
			}
			if diff := cmp.Diff(tc.traps, trapsJoined(tc.pred, topic, sub)); diff != "" {
				t.Errorf("trapsJoined (-want +got):\n%s", diff)
			}
			if got := crossPairs(tc.pred, topic); got != tc.cross {
				t.Errorf("crossPairs = %d, want %d", got, tc.cross)
			}
		})
	}
}

func TestThresholdGroups(t *testing.T) {
	// 0-1 close, 1-2 close (a chain), 3 alone, 4-5 mid.
	sim := map[[2]int]float64{{0, 1}: 0.9, {1, 2}: 0.8, {0, 2}: 0.1, {4, 5}: 0.5, {3, 4}: 0.2}
	f := func(i, j int) float64 { return sim[[2]int{i, j}] }
	for _, tc := range []struct {
		t    float64
		want []int
	}{
		{0.95, []int{0, 1, 2, 3, 4, 5}},
		{0.9, []int{0, 0, 2, 3, 4, 5}},
		{0.8, []int{0, 0, 0, 3, 4, 5}}, // single linkage: 0 and 2 join through 1
		{0.5, []int{0, 0, 0, 3, 4, 4}},
		{0.2, []int{0, 0, 0, 3, 3, 3}},
		{0, []int{0, 0, 0, 0, 0, 0}},
	} {
		if diff := cmp.Diff(tc.want, thresholdGroups(6, f, tc.t)); diff != "" {
			t.Errorf("thresholdGroups(%v) (-want +got):\n%s", tc.t, diff)
		}
	}
}

func TestUnionFind(t *testing.T) {
	for _, tc := range []struct {
		name  string
		n     int
		pairs [][2]int
		want  []int
	}{
		{"none", 3, nil, []int{0, 1, 2}},
		{"root is smallest", 4, [][2]int{{3, 2}, {2, 1}}, []int{0, 1, 1, 1}},
		{"two chains merge", 5, [][2]int{{4, 3}, {1, 0}, {3, 1}}, []int{0, 0, 2, 0, 0}},
		{"self and repeat", 2, [][2]int{{1, 1}, {0, 1}, {1, 0}}, []int{0, 0}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			u := newUnionFind(tc.n)
			for _, p := range tc.pairs {
				u.union(p[0], p[1])
			}
			if diff := cmp.Diff(tc.want, u.labels()); diff != "" {
				t.Errorf("labels (-want +got):\n%s", diff)
			}
		})
	}
}

func TestBestThreshold(t *testing.T) {
	sim := map[[2]int]float64{{0, 1}: 0.9, {1, 2}: 0.6, {2, 3}: 0.7}
	gold := []string{"a", "a", "b", "b"}
	cluster := func(th float64) []int {
		return thresholdGroups(4, func(i, j int) float64 { return sim[[2]int{i, j}] }, th)
	}
	// 0.65 and 0.7 both give the perfect grouping: the higher one wins.
	got, f := bestThreshold([]float64{0.5, 0.65, 0.7, 0.8, 0.95}, cluster, gold)
	if got != 0.7 || f != 1 {
		t.Errorf("bestThreshold = %v (F1 %v), want 0.7 (F1 1)", got, f)
	}
}

func TestTopicFolds(t *testing.T) {
	got := topicFolds([]string{"10", "2", "1", "3", "2", "11"}, 3)
	want := map[string]int{"1": 0, "2": 1, "3": 2, "10": 0, "11": 1}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("topicFolds (-want +got):\n%s", diff)
	}
}

func TestLexical(t *testing.T) {
	if diff := cmp.Diff([]string{"the", "u", "s", "quake", "7", "1"}, words("The U.S. quake: 7.1!")); diff != "" {
		t.Errorf("words (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"a b c", "b c d"}, shingles([]string{"a", "b", "c", "d", "a", "b", "c"}, 3)[:2]); diff != "" {
		t.Errorf("shingles (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"a b"}, shingles([]string{"a", "b"}, 3)); diff != "" {
		t.Errorf("short shingles (-want +got):\n%s", diff)
	}
	for _, tc := range []struct {
		a, b []string
		want float64
	}{
		{[]string{"x", "y"}, []string{"x", "y"}, 1},
		{[]string{"x", "y"}, []string{"y", "z"}, 1.0 / 3},
		{[]string{"x"}, []string{"z"}, 0},
		{nil, nil, 0},
	} {
		if got := jaccard(tc.a, tc.b); math.Abs(got-tc.want) > 1e-12 {
			t.Errorf("jaccard(%v, %v) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
	v := tfidf([][]string{{"quake", "quake", "the"}, {"quake", "the"}, {"fire", "the"}})
	if got := cosine(v[0], v[0]); math.Abs(got-1) > 1e-12 {
		t.Errorf("cosine with itself = %v, want 1", got)
	}
	if got := cosine(v[0], v[1]); math.Abs(got-1) > 1e-12 { // "the" has IDF 0: both are only "quake"
		t.Errorf("cosine(quake quake the, quake the) = %v, want 1", got)
	}
	if got := cosine(v[0], v[2]); got != 0 {
		t.Errorf("cosine(quake, fire) = %v, want 0", got)
	}
}

func TestAverageLinkage(t *testing.T) {
	sim := map[[2]int]float64{{0, 1}: 0.9, {2, 3}: 0.8, {0, 2}: 0.5, {0, 3}: 0.1, {1, 2}: 0.3, {1, 3}: 0.1}
	f := func(i, j int) float64 { return sim[[2]int{i, j}] }
	merges := averageLinkage(4, f)
	want := []merge{{0, 1, 0.9}, {2, 3, 0.8}, {0, 2, 0.25}} // (0.5+0.1+0.3+0.1)/4
	if diff := cmp.Diff(want, merges, cmp.Comparer(func(a, b float64) bool { return math.Abs(a-b) < 1e-12 })); diff != "" {
		t.Fatalf("averageLinkage (-want +got):\n%s", diff)
	}
	for _, tc := range []struct {
		t    float64
		want []int
	}{
		{0.95, []int{0, 1, 2, 3}},
		{0.85, []int{0, 0, 2, 3}},
		{0.3, []int{0, 0, 2, 2}}, // single linkage would join all four through 1-2
		{0.25, []int{0, 0, 0, 0}},
	} {
		if diff := cmp.Diff(tc.want, cut(4, merges, tc.t)); diff != "" {
			t.Errorf("cut(%v) (-want +got):\n%s", tc.t, diff)
		}
	}
	if diff := cmp.Diff([]int{0, 0, 0, 0}, thresholdGroups(4, f, 0.3)); diff != "" {
		t.Errorf("single linkage at 0.3 (-want +got):\n%s", diff)
	}
}
