package dedup

import (
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"math"
	"math/rand"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/newsmerge/newsmerge/article"
	"github.com/newsmerge/newsmerge/internal/fixture"
)

// readDedup reads a hand-written case of testdata/
func readDedup(t testing.TB, name string) *article.Article {
	t.Helper()
	return fixture.Read(t, "dedup", name+".txt")
}

func TestRelationText(t *testing.T) {
	for _, r := range []Relation{Unrelated, First, Exact, NearCopy, Rewrite} {
		b, err := r.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var got Relation
		if err := got.UnmarshalText(b); err != nil || got != r {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, got, err, r)
		}
	}
	if got := Relation(9).String(); got != "Relation(9)" {
		t.Errorf("Relation(9).String() = %q", got)
	}
	var r Relation
	if err := r.UnmarshalText([]byte("copy")); err == nil {
		t.Error("UnmarshalText(copy): no error")
	}
}

func TestFingerprint(t *testing.T) {
	tests := []struct {
		name     string
		a, b     string
		opts     *Options
		sameHash bool
		jaccard  float64
	}{
		{"same text", "One two three four five six.", "One two three four five six.", nil, true, 1},
		{"case, spaces and quotes fold", "“Hello” said the  Mayor of the town.", "\"hello\" said the mayor\nof the town.", nil, true, 1},
		{"one word changed", "a b c d e f g h", "a b c d x f g h", nil, false, 1.0 / 9},
		{"one word changed, shingles of 2", "a b c d e f g h", "a b c d x f g h", &Options{ShingleSize: 2}, false, 5.0 / 9},
		{"shorter than a shingle", "Rain today.", "Rain today.", nil, true, 1},
		{"shorter than a shingle, different", "Rain today.", "Rain tomorrow.", nil, false, 0},
		{"appended words", "a b c d e f", "a b c d e f g", nil, false, 3.0 / 4},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fa, err := NewFingerprint(&article.Article{ID: "a", Body: tc.a}, tc.opts)
			if err != nil {
				t.Fatal(err)
			}
			fb, err := NewFingerprint(&article.Article{ID: "b", Body: tc.b}, tc.opts)
			if err != nil {
				t.Fatal(err)
			}
			if got := fa.Hash == fb.Hash; got != tc.sameHash {
				t.Errorf("same hash = %v, want %v", got, tc.sameHash)
			}
			if got := fa.Jaccard(fb); math.Abs(got-tc.jaccard) > 1e-9 {
				t.Errorf("Jaccard = %v, want %v", got, tc.jaccard)
			}
			if tc.jaccard == 1 && fa.Estimate(fb) != 1 {
				t.Errorf("Estimate = %v for equal shingle sets", fa.Estimate(fb))
			}
		})
	}
}

func TestFingerprintSignature(t *testing.T) {
	a := readDedup(t, "base")
	fp, err := NewFingerprint(a, &Options{SignatureSize: 64, ShingleSize: 3})
	if err != nil {
		t.Fatal(err)
	}
	if len(fp.Signature) != 64 {
		t.Errorf("signature size %d, want 64", len(fp.Signature))
	}
	// The headline is not shingled: 150 body words give 148 shingles of 3.
	if len(fp.Shingles) < 140 || len(fp.Shingles) > 148 {
		t.Errorf("%d shingles, want about 148", len(fp.Shingles))
	}
	empty, err := NewFingerprint(&article.Article{ID: "e", Body: "...\n---"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if empty.Signature != nil || empty.Shingles != nil || empty.Jaccard(empty) != 0 || empty.Estimate(fp) != 0 {
		t.Errorf("fingerprint of no words = %+v, want no shingles and no similarity", empty)
	}
	for _, opts := range []*Options{{ShingleSize: -1}, {SignatureSize: MaxSignatureSize + 1}, {Threshold: 1.5}, {MaxMiss: 1}, {MinRewrite: -1}, {Threshold: math.NaN()}} {
		if _, err := NewFingerprint(a, opts); err == nil {
			t.Errorf("NewFingerprint with %+v: no error", *opts)
		}
		if _, err := NewIndex(opts); err == nil {
			t.Errorf("NewIndex with %+v: no error", *opts)
		}
	}
}

// TestEstimate checks that the MinHash estimate is within four standard
// errors of the exact similarity on pairs of texts with known overlap.
func TestEstimate(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	words := make([]string, 400)
	for i := range words {
		words[i] = "w" + string(rune('a'+i%26)) + string(rune('a'+i/26))
	}
	for trial := 0; trial < 20; trial++ {
		a := rng.Perm(len(words))[:200]
		b := append([]int(nil), a...)
		for i := 0; i < trial*8; i++ {
			b[rng.Intn(len(b))] = rng.Intn(len(words))
		}
		fa, _ := NewFingerprint(&article.Article{Body: joinWords(words, a)}, &Options{ShingleSize: 1})
		fb, _ := NewFingerprint(&article.Article{Body: joinWords(words, b)}, &Options{ShingleSize: 1})
		j, e := fa.Jaccard(fb), fa.Estimate(fb)
		if se := math.Sqrt(j * (1 - j) / DefaultSignatureSize); math.Abs(j-e) > 4*se+1e-9 {
			t.Errorf("trial %d: estimate %.3f, exact %.3f (standard error %.3f)", trial, e, j, se)
		}
	}
}

func joinWords(words []string, idx []int) string {
	var b strings.Builder
	for _, i := range idx {
		b.WriteString(words[i])
		b.WriteByte(' ')
	}
	return b.String()
}

func TestLSHBands(t *testing.T) {
	tests := []struct {
		n             int
		t, maxMiss    float64
		bands, rows   int
		atThreshold   float64 // the miss rate at t, rounded
		halfCandidate float64 // the candidate rate at 0.5, rounded
	}{
		{128, 0.7, 0.01, 32, 4, 0.0002, 0.8732},
		{128, 0.7, 0.02, 25, 5, 0.0101, 0.5478},
		{128, 0.9, 0.01, 12, 10, 0.0058, 0.0117},
		{64, 0.5, 0.05, 32, 2, 0.0001, 0.9999},
		{8, 0.2, 0.001, 8, 1, 0.1678, 0.9961}, // none qualifies: n bands of 1 row
	}
	for _, tc := range tests {
		b, r := LSHBands(tc.n, tc.t, tc.maxMiss)
		round := func(x float64) float64 { return math.Round(x*1e4) / 1e4 }
		got := []float64{float64(b), float64(r), round(1 - LSHCandidateProbability(tc.t, b, r)), round(LSHCandidateProbability(0.5, b, r))}
		want := []float64{float64(tc.bands), float64(tc.rows), tc.atThreshold, tc.halfCandidate}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("LSHBands(%d, %v, %v): bands, rows, miss at t, candidate at 0.5 (-want +got):\n%s", tc.n, tc.t, tc.maxMiss, diff)
		}
	}
}

// TestIndexRelations queries hand-written variants of one story against an
// index that holds the story and an unrelated one.
func TestIndexRelations(t *testing.T) {
	idx, err := NewIndex(nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"base", "unrelated"} {
		if err := idx.Add(readDedup(t, name)); err != nil {
			t.Fatal(err)
		}
	}
	type result struct {
		ID       string
		Relation Relation
	}
	tests := []struct {
		name     string
		want     []result
		min, max float64 // range of the score with base
	}{
		{"exact", []result{{"base.txt", Exact}}, 1, 1},
		{"dateline", []result{{"base.txt", NearCopy}}, 1, 1},
		{"edited", []result{{"base.txt", NearCopy}}, 0.85, 0.98},
		{"trimmed", []result{{"base.txt", NearCopy}}, 0.8, 0.9},
		{"inserted", []result{{"base.txt", NearCopy}}, 0.8, 0.9},
		{"rewrite", []result{{"base.txt", Rewrite}}, 0.5, 1},
		{"sameevent", nil, 0, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms, err := idx.Query(readDedup(t, tc.name))
			if err != nil {
				t.Fatal(err)
			}
			var got []result
			for _, m := range ms {
				got = append(got, result{m.ID, m.Relation})
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Fatalf("matches (-want +got):\n%s", diff)
			}
			if len(ms) > 0 && (ms[0].Score < tc.min || ms[0].Score > tc.max) {
				t.Errorf("score %.3f, want it in [%v, %v]", ms[0].Score, tc.min, tc.max)
			}
		})
	}
	// The article itself is not its own match.
	ms, err := idx.Query(readDedup(t, "base"))
	if err != nil || len(ms) != 0 {
		t.Errorf("Query(base) = %v, %v; want no matches", ms, err)
	}
}

// TestIndexNoRewrites checks that turning rewrites off reports copies only.
func TestIndexNoRewrites(t *testing.T) {
	idx, err := NewIndex(&Options{MinRewrite: 2})
	if err != nil {
		t.Fatal(err)
	}
	if err := idx.Add(readDedup(t, "base")); err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]int{"rewrite": 0, "trimmed": 1} {
		ms, err := idx.Query(readDedup(t, name))
		if err != nil || len(ms) != want {
			t.Errorf("Query(%s) = %v, %v; want %d matches", name, ms, err, want)
		}
	}
}

func TestIndexAddRemove(t *testing.T) {
	idx, _ := NewIndex(nil)
	base := readDedup(t, "base")
	if err := idx.Add(base); err != nil {
		t.Fatal(err)
	}
	if err := idx.Add(base); !errors.Is(err, article.ErrDuplicateID) {
		t.Errorf("Add twice: %v, want article.ErrDuplicateID", err)
	}
	for _, a := range []*article.Article{nil, {ID: "blank", Body: " \n"}, {ID: "bad", Body: "a\xffb"}} {
		if err := idx.Add(a); err == nil {
			t.Errorf("Add(%v): no error", a)
		}
		if _, err := idx.Query(a); err == nil {
			t.Errorf("Query(%v): no error", a)
		}
	}
	copyOf := func(id string, at time.Time) *article.Article {
		return &article.Article{ID: id, Published: at, Body: base.Body}
	}
	day := time.Date(2025, 5, 1, 0, 0, 0, 0, time.UTC)
	for i, a := range []*article.Article{copyOf("c1", day), copyOf("c2", day.Add(48*time.Hour)), copyOf("c3", time.Time{})} {
		if err := idx.Add(a); err != nil {
			t.Fatalf("Add %d: %v", i, err)
		}
	}
	ids := func() []string {
		ms, err := idx.Query(copyOf("q", day))
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, m := range ms {
			out = append(out, m.ID)
		}
		return out
	}
	if diff := cmp.Diff([]string{"base.txt", "c1", "c2", "c3"}, ids()); diff != "" {
		t.Errorf("before removal (-want +got):\n%s", diff)
	}
	if !idx.Remove("base.txt") || idx.Remove("base.txt") {
		t.Error("Remove(base.txt): want true once, then false")
	}
	if n := idx.RemoveBefore(day.Add(24 * time.Hour)); n != 1 {
		t.Errorf("RemoveBefore removed %d, want 1 (c1)", n)
	}
	if diff := cmp.Diff([]string{"c2", "c3"}, ids()); diff != "" {
		t.Errorf("after removal (-want +got):\n%s", diff)
	}
	// A freed slot is reused without bringing back what it held.
	if err := idx.Add(copyOf("c4", day)); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"c2", "c3", "c4"}, ids()); diff != "" {
		t.Errorf("after reuse (-want +got):\n%s", diff)
	}
	if idx.Len() != 3 {
		t.Errorf("Len = %d, want 3", idx.Len())
	}
}

// groupView is what a test compares of a grouping.
type groupView struct {
	IDs       []string
	Relations []Relation
}

func viewGroups(gs []Group) []groupView {
	var out []groupView
	for _, g := range gs {
		var v groupView
		for _, m := range g.Members {
			v.IDs = append(v.IDs, m.Article.ID)
			v.Relations = append(v.Relations, m.Relation)
		}
		out = append(out, v)
	}
	return out
}

func TestGroupArticles(t *testing.T) {
	var arts []*article.Article
	for _, name := range []string{"base", "exact", "dateline", "edited", "trimmed", "inserted", "rewrite", "unrelated", "sameevent"} {
		arts = append(arts, readDedup(t, name))
	}
	want := []groupView{
		{
			IDs:       []string{"base.txt", "dateline.txt", "edited.txt", "exact.txt", "inserted.txt", "rewrite.txt", "trimmed.txt"},
			Relations: []Relation{First, NearCopy, NearCopy, Exact, NearCopy, Rewrite, NearCopy},
		},
		{IDs: []string{"sameevent.txt"}, Relations: []Relation{First}},
		{IDs: []string{"unrelated.txt"}, Relations: []Relation{First}},
	}
	rng := rand.New(rand.NewSource(1))
	for trial := 0; trial < 5; trial++ {
		got, err := GroupArticles(arts, nil)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, viewGroups(got)); diff != "" {
			t.Fatalf("order %d: groups (-want +got):\n%s", trial, diff)
		}
		rng.Shuffle(len(arts), func(i, j int) { arts[i], arts[j] = arts[j], arts[i] })
	}
	// Published times decide which article is first.
	late := *arts[0]
	dated := []*article.Article{&late}
	for _, a := range arts[1:] {
		b := *a
		b.Published = time.Date(2025, 1, 2, 0, 0, 0, 0, time.UTC)
		if b.ID == "rewrite.txt" {
			b.Published = b.Published.Add(-time.Hour)
		}
		dated = append(dated, &b)
	}
	got, err := GroupArticles(dated, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range got {
		if len(g.Members) > 1 && g.Members[0].Article.ID != "rewrite.txt" {
			t.Errorf("first article %s, want rewrite.txt (the earliest)", g.Members[0].Article.ID)
		}
	}
}

func TestGroupArticlesErrors(t *testing.T) {
	a := &article.Article{ID: "a", Body: "Some text here."}
	tests := []struct {
		name string
		in   []*article.Article
		opts *Options
		want error
	}{
		{"nil article", []*article.Article{a, nil}, nil, article.ErrEmpty},
		{"duplicate", []*article.Article{a, a}, nil, article.ErrDuplicateID},
		{"empty body", []*article.Article{{ID: "e"}}, nil, article.ErrEmpty},
	}
	for _, tc := range tests {
		if _, err := GroupArticles(tc.in, tc.opts); !errors.Is(err, tc.want) {
			t.Errorf("%s: error %v, want %v", tc.name, err, tc.want)
		}
	}
	if _, err := GroupArticles([]*article.Article{a}, &Options{ShingleSize: 99}); err == nil {
		t.Error("shingle size 99: no error")
	}
	if gs, err := GroupArticles(nil, nil); err != nil || len(gs) != 0 {
		t.Errorf("no articles: %v, %v; want no groups", gs, err)
	}
}

func TestGroupJSON(t *testing.T) {
	g := Group{Members: []Member{
		{Article: &article.Article{ID: "a"}, Relation: First, Score: 1},
		{Article: &article.Article{ID: "b"}, Relation: NearCopy, Score: 0.87654},
		{Relation: Rewrite, Score: 0.25},
	}}
	got, err := json.Marshal(g)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"articles":[{"id":"a","relation":"first","score":1},{"id":"b","relation":"near-copy","score":0.877},{"id":"","relation":"rewrite","score":0.25}]}`
	if diff := cmp.Diff(want, string(got)); diff != "" {
		t.Errorf("JSON (-want +got):\n%s", diff)
	}
}

// TestRewriteNeedsAgreement checks that sentences linked only as
// conflicting (the same statement with other figures, names or places)
// do not make a Rewrite: two reports of different events told with one
// template are two stories.
func TestRewriteNeedsAgreement(t *testing.T) {
	templated := func(n int) []*article.Article {
		var out []*article.Article
		for i := 0; i < n; i++ {
			out = append(out, &article.Article{ID: fmt.Sprintf("t%03d", i),
				Body: fmt.Sprintf("Mayor Person%d said the city budget for road %d will rise.", i, i)})
		}
		return out
	}
	crash := func(id, people, road, day string) *article.Article {
		return &article.Article{ID: id, Body: "Police said " + people + " people were injured in a crash on Highway " + road + " on " + day + "."}
	}
	same := "The city council approved a new budget for schools on Tuesday. " +
		"Mayor Ana Ruiz said the plan adds 40 teachers and repairs six buildings. " +
		"The vote was seven to two after a long debate."
	tests := []struct {
		name   string
		arts   []*article.Article
		groups int // the number of groups GroupArticles must make
	}{
		{"one sentence, every figure differs", []*article.Article{crash("a", "two", "9", "Monday"), crash("b", "five", "31", "Friday")}, 2},
		{"200 templated one-liners", templated(200), 200},
		{"two sentences, both conflicting", []*article.Article{
			{ID: "a", Body: "Police said two people were injured in a crash on Highway 9 on Monday. A 34-year-old driver was arrested at the scene."},
			{ID: "b", Body: "Police said five people were injured in a crash on Highway 31 on Friday. A 61-year-old driver was arrested at the scene."},
		}, 2},
		{"one sentence, the same statement", []*article.Article{crash("a", "two", "9", "Monday"),
			{ID: "b", Body: "Two people were injured in a crash on Highway 9 on Monday, police said."}}, 1},
		{"a story and a rewrite of it", []*article.Article{
			{ID: "a", Body: same},
			{ID: "b", Body: "On Tuesday the city council approved a new schools budget. " +
				"The plan adds 40 teachers and repairs six buildings, Mayor Ana Ruiz said. " +
				"Councillors voted seven to two after a long debate."},
		}, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			gs, err := GroupArticles(tc.arts, nil)
			if err != nil {
				t.Fatal(err)
			}
			if len(gs) != tc.groups {
				var rel []string
				for _, g := range gs {
					for _, m := range g.Members[1:] {
						rel = append(rel, fmt.Sprintf("%s %v %.2f", m.Article.ID, m.Relation, m.Score))
					}
				}
				t.Errorf("%d groups, want %d; grouped: %v", len(gs), tc.groups, rel[:min(len(rel), 5)])
			}
			// The index agrees with GroupArticles on the first pair.
			idx, _ := NewIndex(nil)
			if err := idx.Add(tc.arts[0]); err != nil {
				t.Fatal(err)
			}
			ms, err := idx.Query(tc.arts[1])
			if err != nil {
				t.Fatal(err)
			}
			if got, want := len(ms) > 0, tc.groups < len(tc.arts); got != want {
				t.Errorf("Query(%s) = %v; want a match: %v", tc.arts[1].ID, ms, want)
			}
		})
	}
}

// TestNewFingerprintNil checks that a nil article is an error, as in Add
// and Query, not a panic.
func TestNewFingerprintNil(t *testing.T) {
	fp, err := NewFingerprint(nil, nil)
	var ae *article.ArticleError
	if fp != nil || !errors.As(err, &ae) || !errors.Is(err, article.ErrEmpty) {
		t.Errorf("NewFingerprint(nil) = %v, %v; want an *article.ArticleError wrapping article.ErrEmpty", fp, err)
	}
}

// TestDedupOptionsNotFinite checks that NaN and infinite float options are
// rejected with a message that says so.
func TestDedupOptionsNotFinite(t *testing.T) {
	fields := []struct {
		name string
		set  func(o *Options, v float64)
	}{
		{"threshold", func(o *Options, v float64) { o.Threshold = v }},
		{"min rewrite", func(o *Options, v float64) { o.MinRewrite = v }},
		{"max miss", func(o *Options, v float64) { o.MaxMiss = v }},
	}
	for _, f := range fields {
		for _, v := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
			var opts Options
			f.set(&opts, v)
			_, err := NewIndex(&opts)
			want := fmt.Sprintf("newsmerge: %s %v is not a finite number", f.name, v)
			if err == nil || err.Error() != want {
				t.Errorf("%s %v: error %v, want %q", f.name, v, err, want)
			}
		}
	}
}

func TestShingleHash(t *testing.T) {
	for _, words := range [][]string{{"a"}, {"the", "fire", "spread"}, {"", "x", ""}, {"naïve", "café"}} {
		h := fnv.New64a()
		for j, w := range words {
			if j > 0 {
				h.Write([]byte{0})
			}
			h.Write([]byte(w))
		}
		if got, want := shingleHash(words), h.Sum64(); got != want {
			t.Errorf("shingleHash(%q) = %#x, want %#x (hash/fnv)", words, got, want)
		}
	}
}
