package main

import (
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsmerge/newsmerge"
)

// doc builds a document from sentences written "word/TAG word/TAG ...",
// a bare word meaning O.
func doc(sents ...string) Document {
	var d Document
	for _, s := range sents {
		var toks []Token
		for _, f := range strings.Fields(s) {
			w, tag, ok := strings.Cut(f, "/")
			if !ok {
				tag = "O"
			}
			toks = append(toks, Token{Word: w, Tag: tag})
		}
		d.Sentences = append(d.Sentences, toks)
	}
	return d
}

func TestReadCoNLL(t *testing.T) {
	tests := []struct {
		name, in string
		want     []Document
	}{
		{
			name: "two documents",
			in: "-DOCSTART- -X- -X- O\n\nEU NNP B-NP I-ORG\nrejects VBZ B-VP O\n\nPeter NNP B-NP I-PER\n\n" +
				"-DOCSTART- -X- -X- O\n\nLONDON NNP B-NP I-LOC\n",
			want: []Document{doc("EU/I-ORG rejects", "Peter/I-PER"), doc("LONDON/I-LOC")},
		},
		{
			name: "no docstart, blank lines repeated, no final newline",
			in:   "\n\nA x y B-MISC\n\n\nb x y O",
			want: []Document{doc("A/B-MISC", "b")},
		},
		{name: "empty", in: "", want: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadCoNLL(strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ReadCoNLL (-want +got):\n%s", diff)
			}
		})
	}
	if _, err := ReadCoNLL(strings.NewReader("lonely\n")); err == nil {
		t.Error("a line without a tag: no error")
	}
}

func TestChunks(t *testing.T) {
	tests := []struct {
		name string
		tags string
		want []Span
	}{
		{"IOB1 run", "O I-PER I-PER O", []Span{{0, 1, 3, "PER"}}},
		{"IOB1 B- splits adjacent entities of one type", "I-LOC I-LOC B-LOC O", []Span{{0, 0, 2, "LOC"}, {0, 2, 3, "LOC"}}},
		{"IOB1 type change splits", "I-ORG I-LOC", []Span{{0, 0, 1, "ORG"}, {0, 1, 2, "LOC"}}},
		{"IOB2", "B-PER I-PER B-PER B-ORG I-ORG", []Span{{0, 0, 2, "PER"}, {0, 2, 3, "PER"}, {0, 3, 5, "ORG"}}},
		{"entity at the end", "O O I-MISC", []Span{{0, 2, 3, "MISC"}}},
		{"none", "O O", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Chunks(strings.Fields(tt.tags), 0, 0)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Chunks(%s) (-want +got):\n%s", tt.tags, diff)
			}
		})
	}
}

func TestGoldSpansCountsOverSentences(t *testing.T) {
	docs := []Document{doc("a b/I-PER", "c/I-PER d"), doc("x/B-LOC")}
	want := []Span{{0, 1, 2, "PER"}, {0, 2, 3, "PER"}, {1, 0, 1, "LOC"}}
	if diff := cmp.Diff(want, GoldSpans(docs)); diff != "" {
		t.Errorf("GoldSpans (-want +got):\n%s", diff)
	}
}

func TestBody(t *testing.T) {
	body, offs := Body(doc("EU rejects German", "Peter Blackburn"))
	if want := "EU rejects German\nPeter Blackburn"; body != want {
		t.Errorf("body %q, want %q", body, want)
	}
	want := [][2]int{{0, 2}, {3, 10}, {11, 17}, {18, 23}, {24, 33}}
	if diff := cmp.Diff(want, offs); diff != "" {
		t.Errorf("offsets (-want +got):\n%s", diff)
	}
	for i, o := range offs {
		if w := doc("EU rejects German", "Peter Blackburn").Tokens()[i].Word; body[o[0]:o[1]] != w {
			t.Errorf("token %d: body has %q, want %q", i, body[o[0]:o[1]], w)
		}
	}
}

func TestSnap(t *testing.T) {
	// "EU rejects German\nPeter Blackburn"
	offs := [][2]int{{0, 2}, {3, 10}, {11, 17}, {18, 23}, {24, 33}}
	tests := []struct {
		name       string
		start, end int
		ts, te     int
		exact, ok  bool
	}{
		{"one token", 0, 2, 0, 1, true, true},
		{"two tokens", 18, 33, 3, 5, true, true},
		{"inside a token", 12, 15, 2, 3, false, true},
		{"from a space", 10, 17, 2, 3, false, true},
		{"part of two tokens", 20, 26, 3, 5, false, true},
		{"only a space", 17, 18, 0, 0, false, false},
		{"past the end", 40, 44, 0, 0, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ts, te, exact, ok := Snap(offs, tt.start, tt.end)
			got := []any{ts, te, exact, ok}
			want := []any{tt.ts, tt.te, tt.exact, tt.ok}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Snap(%d, %d) (-want +got):\n%s", tt.start, tt.end, diff)
			}
		})
	}
}

func TestConllType(t *testing.T) {
	tests := []struct {
		in   newsmerge.EntityType
		want string
	}{
		{newsmerge.EntityPerson, "PER"},
		{newsmerge.EntityOrg, "ORG"},
		{newsmerge.EntityPlace, "LOC"},
		{newsmerge.EntityOther, "MISC"},
		{newsmerge.EntityType(200), "MISC"},
	}
	for _, tt := range tests {
		if got := ConllType(tt.in); got != tt.want {
			t.Errorf("ConllType(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestResolve(t *testing.T) {
	in := []Span{{1, 0, 1, "LOC"}, {0, 3, 5, "PER"}, {0, 4, 6, "ORG"}, {0, 3, 5, "PER"}, {0, 3, 4, "MISC"}, {0, 0, 2, "ORG"}}
	want := []Span{{0, 0, 2, "ORG"}, {0, 3, 5, "PER"}, {1, 0, 1, "LOC"}}
	got, dropped := Resolve(in)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Resolve (-want +got):\n%s", diff)
	}
	if dropped != 2 {
		t.Errorf("dropped %d, want 2", dropped)
	}
}

func TestMentionSpans(t *testing.T) {
	d := doc("EU rejects German", "Peter Blackburn")
	_, o := Body(d)
	ents := []newsmerge.Entity{
		{Type: newsmerge.EntityOrg, Mentions: []newsmerge.Mention{{Article: "1", Start: 0, End: 2}}},
		{Type: newsmerge.EntityPerson, Mentions: []newsmerge.Mention{{Article: "1", Start: 18, End: 33}, {Article: "9", Start: 0, End: 2}}},
		{Type: newsmerge.EntityOther, Mentions: []newsmerge.Mention{{Article: "1", Start: 12, End: 17}, {Article: "1", Start: 11, End: 23}}},
	}
	got, st := MentionSpans(ents, map[string]int{"1": 0}, [][][2]int{o}, [][]int{SentenceIndex(d)})
	want := []Span{{0, 0, 1, "ORG"}, {0, 2, 4, "MISC"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("spans (-want +got):\n%s", diff)
	}
	wantSt := MapStats{Mentions: 5, Snapped: 1, Unmapped: 1, CrossLine: 1, Dropped: 2}
	if diff := cmp.Diff(wantSt, st); diff != "" {
		t.Errorf("stats (-want +got):\n%s", diff)
	}
}

func TestScore(t *testing.T) {
	gold := []Span{{0, 0, 2, "PER"}, {0, 3, 4, "LOC"}, {1, 0, 1, "ORG"}, {1, 2, 3, "MISC"}}
	tests := []struct {
		name         string
		pred         []Span
		all, untyped Counts
		byType       map[string]Counts
	}{
		{
			name: "perfect", pred: gold,
			all: Counts{TP: 4}, untyped: Counts{TP: 4},
			byType: map[string]Counts{"PER": {TP: 1}, "LOC": {TP: 1}, "ORG": {TP: 1}, "MISC": {TP: 1}},
		},
		{
			name: "type error is a false positive and a false negative",
			pred: []Span{{0, 0, 2, "PER"}, {0, 3, 4, "ORG"}, {1, 0, 1, "ORG"}, {1, 2, 3, "MISC"}},
			all:  Counts{TP: 3, FP: 1, FN: 1}, untyped: Counts{TP: 4},
			byType: map[string]Counts{"PER": {TP: 1}, "LOC": {FN: 1}, "ORG": {TP: 1, FP: 1}, "MISC": {TP: 1}},
		},
		{
			name: "span error, same document number elsewhere does not count",
			pred: []Span{{0, 0, 1, "PER"}, {1, 3, 4, "LOC"}},
			all:  Counts{FP: 2, FN: 4}, untyped: Counts{FP: 2, FN: 4},
			byType: map[string]Counts{"PER": {FP: 1, FN: 1}, "LOC": {FP: 1, FN: 1}, "ORG": {FN: 1}, "MISC": {FN: 1}},
		},
		{
			name: "nothing predicted", pred: nil,
			all: Counts{FN: 4}, untyped: Counts{FN: 4},
			byType: map[string]Counts{"PER": {FN: 1}, "LOC": {FN: 1}, "ORG": {FN: 1}, "MISC": {FN: 1}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Score(gold, tt.pred)
			want := Result{All: tt.all, Untyped: tt.untyped, ByType: tt.byType}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Score (-want +got):\n%s", diff)
			}
		})
	}
	if f := Score(gold, gold).All.F1(); f != 1 {
		t.Errorf("perfect F1 = %v, want 1", f)
	}
}

func TestCounts(t *testing.T) {
	tests := []struct {
		c       Counts
		p, r, f float64
	}{
		{Counts{TP: 3, FP: 1, FN: 1}, 0.75, 0.75, 0.75},
		{Counts{TP: 1, FP: 3, FN: 0}, 0.25, 1, 0.4},
		{Counts{FN: 2}, 0, 0, 0},
		{Counts{}, 0, 0, 0},
	}
	for _, tt := range tests {
		got := []float64{tt.c.Precision(), tt.c.Recall(), tt.c.F1()}
		want := []float64{tt.p, tt.r, tt.f}
		if diff := cmp.Diff(want, got, cmp.Comparer(func(a, b float64) bool { return math.Abs(a-b) < 1e-12 })); diff != "" {
			t.Errorf("%+v (-want +got):\n%s", tt.c, diff)
		}
	}
}

func TestConfusion(t *testing.T) {
	gold := []Span{{0, 0, 1, "PER"}, {0, 2, 3, "LOC"}}
	pred := []Span{{0, 0, 1, "ORG"}, {0, 2, 3, "LOC"}, {0, 4, 5, "PER"}}
	want := map[[2]string]int{{"PER", "ORG"}: 1, {"LOC", "LOC"}: 1}
	if diff := cmp.Diff(want, Confusion(gold, pred)); diff != "" {
		t.Errorf("Confusion (-want +got):\n%s", diff)
	}
}

func TestDictionary(t *testing.T) {
	train := []Document{doc(
		"New/I-LOC York/I-LOC",
		"New/I-ORG York/I-ORG Times/I-ORG",
		"York/I-PER York/I-LOC York/I-LOC",
		"Bush/I-PER Bush/I-ORG", // a tie: LOC, MISC, ORG, PER order, so ORG
	)}
	d := NewDictionary(train)
	dev := []Document{doc("the New York Times in New York", "York and Bush , New", "York York York"), doc("Times")}
	want := []Span{{0, 1, 4, "ORG"}, {0, 5, 7, "LOC"}, {0, 7, 8, "PER"}, {0, 9, 10, "ORG"}, {0, 12, 14, "LOC"}, {0, 14, 15, "PER"}}
	if diff := cmp.Diff(want, d.Tag(dev)); diff != "" {
		t.Errorf("Tag (-want +got):\n%s", diff)
	}
	if d.Len() != 5 {
		t.Errorf("Len %d, want 5", d.Len())
	}
}

func TestCapitalRuns(t *testing.T) {
	train := []Document{doc("met Peter/I-PER Blackburn/I-PER", "Peter/I-ORG Pan/I-ORG", "Peter/I-PER", "in Bonn/I-LOC")}
	first := WordTypes(train)
	if diff := cmp.Diff(map[string]string{"Peter": "PER", "Bonn": "LOC"}, first); diff != "" {
		t.Errorf("WordTypes (-want +got):\n%s", diff)
	}
	dev := []Document{doc("The Peter Group met Peter Smith in Bonn .", "Bonn is far", "and Zork said", "é Élan")}
	want := []Span{{0, 4, 6, "PER"}, {0, 7, 8, "LOC"}, {0, 13, 14, "MISC"}, {0, 16, 17, "MISC"}}
	if diff := cmp.Diff(want, CapitalRuns(dev, first)); diff != "" {
		t.Errorf("CapitalRuns (-want +got):\n%s", diff)
	}
}
