package main

import (
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsmerge/newsmerge"
	"github.com/newsmerge/newsmerge/internal/evalkit"
)

func TestParseGold(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    []goldPage
		wantErr string
	}{
		{
			name: "two pages and a blank line",
			in: `{"page": "a", "url": "u", "lines": [{"start": 0, "end": 3, "label": "main"}, {"start": 5, "end": 9, "label": "boilerplate"}]}

{"page": "b", "url": "", "lines": []}
`,
			want: []goldPage{
				{Page: "a", URL: "u", Lines: []goldLine{{0, 3, "main"}, {5, 9, "boilerplate"}}},
				{Page: "b", Lines: []goldLine{}},
			},
		},
		{name: "bad label", in: `{"page": "a", "lines": [{"start": 0, "end": 3, "label": "body"}]}`, wantErr: `label "body"`},
		{name: "overlap", in: `{"page": "a", "lines": [{"start": 0, "end": 4, "label": "main"}, {"start": 3, "end": 5, "label": "main"}]}`, wantErr: "out of order"},
		{name: "no page", in: `{"lines": []}`, wantErr: "no page"},
		{name: "not json", in: `{"page": `, wantErr: "gold line 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseGold(strings.NewReader(tt.in))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("parseGold (-want +got):\n%s", diff)
			}
		})
	}
}

func seg(start, end int, role newsmerge.Role, reason string) newsmerge.Sentence {
	return newsmerge.Sentence{Start: start, End: end, Role: role, Reason: reason}
}

func TestMapLines(t *testing.T) {
	const (
		body = newsmerge.RoleBody
		bp   = newsmerge.RoleBoilerplate
		head = newsmerge.RoleHeadline
		sub  = newsmerge.RoleSubheading
		date = newsmerge.RoleDateline
	)
	// Lines: [0,10) [12,30) [32,40) [42,50)
	lines := []goldLine{{0, 10, "main"}, {12, 30, "main"}, {32, 40, "boilerplate"}, {42, 50, "main"}}
	tests := []struct {
		name      string
		segs      []newsmerge.Sentence
		want      []lineVerdict
		wantStray int
		wantAll   []bool
		wantAny   []bool
		wantNoB   []bool
	}{
		{
			name: "one segment a line",
			segs: []newsmerge.Sentence{seg(0, 10, head, ""), seg(12, 30, body, ""), seg(32, 40, bp, "byline"), seg(42, 50, sub, "")},
			want: []lineVerdict{
				{Segments: 1, HeadingSegs: 1, Headings: []newsmerge.Role{head}},
				{Segments: 1},
				{Segments: 1, Boiler: 1, BoilerBytes: 8, Reasons: []string{"byline"}},
				{Segments: 1, HeadingSegs: 1, Headings: []newsmerge.Role{sub}},
			},
			wantAll: []bool{false, false, true, false},
			wantAny: []bool{false, false, true, false},
			wantNoB: []bool{true, false, true, true},
		},
		{
			name: "mixed line, two reasons, dateline, uncovered line",
			segs: []newsmerge.Sentence{
				seg(0, 6, date, ""), seg(7, 10, body, ""),
				seg(12, 20, bp, "promotion"), seg(21, 30, bp, "byline"),
				seg(32, 35, bp, "promotion"), seg(36, 40, body, ""),
			},
			want: []lineVerdict{
				{Segments: 2, HeadingSegs: 1, Headings: []newsmerge.Role{date}},
				{Segments: 2, Boiler: 2, BoilerBytes: 17, Reasons: []string{"byline", "promotion"}},
				{Segments: 2, Boiler: 1, BoilerBytes: 3, Reasons: []string{"promotion"}},
				{},
			},
			wantAll: []bool{false, true, false, false},
			wantAny: []bool{false, true, true, false},
			wantNoB: []bool{false, true, false, false},
		},
		{
			name: "segment across two lines, stray segment",
			segs: []newsmerge.Sentence{seg(5, 20, bp, "no words"), seg(22, 30, body, ""), seg(40, 42, body, ""), seg(44, 46, bp, "copyright")},
			want: []lineVerdict{
				{Segments: 1, Boiler: 1, BoilerBytes: 5, Reasons: []string{"no words"}},
				{Segments: 2, Boiler: 1, BoilerBytes: 8, Reasons: []string{"no words"}},
				{},
				{Segments: 1, Boiler: 1, BoilerBytes: 2, Reasons: []string{"copyright"}},
			},
			wantStray: 1,
			wantAll:   []bool{true, false, false, true},
			wantAny:   []bool{true, true, false, true},
			wantNoB:   []bool{true, false, false, true},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, stray := mapLines(lines, tt.segs)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("mapLines (-want +got):\n%s", diff)
			}
			if stray != tt.wantStray {
				t.Errorf("stray = %d, want %d", stray, tt.wantStray)
			}
			var all, anyB, noB []bool
			for _, v := range got {
				all, anyB, noB = append(all, v.all()), append(anyB, v.any()), append(noB, v.noBody())
			}
			if diff := cmp.Diff(tt.wantAll, all); diff != "" {
				t.Errorf("all (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantAny, anyB); diff != "" {
				t.Errorf("any (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantNoB, noB); diff != "" {
				t.Errorf("noBody (-want +got):\n%s", diff)
			}
		})
	}
}

func TestCounts(t *testing.T) {
	type pg struct{ pred, gold bool }
	tests := []struct {
		name                string
		lines               []pg
		want                evalkit.Confusion
		p, r, f1, lostShare float64
	}{
		{name: "empty", want: evalkit.Confusion{}},
		{
			name:  "mixed",
			lines: []pg{{true, true}, {true, true}, {true, false}, {false, true}, {false, false}, {false, false}, {false, false}},
			want:  evalkit.Confusion{TP: 2, FP: 1, FN: 1, TN: 3},
			p:     2.0 / 3, r: 2.0 / 3, f1: 2.0 / 3, lostShare: 1.0 / 4,
		},
		{
			name:  "no positives predicted",
			lines: []pg{{false, true}, {false, false}},
			want:  evalkit.Confusion{FN: 1, TN: 1},
		},
		{
			name:  "all predicted",
			lines: []pg{{true, true}, {true, false}, {true, false}, {true, false}},
			want:  evalkit.Confusion{TP: 1, FP: 3},
			p:     0.25, r: 1, f1: 0.4, lostShare: 1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c evalkit.Confusion
			for _, l := range tt.lines {
				c.Add(l.pred, l.gold)
			}
			if diff := cmp.Diff(tt.want, c); diff != "" {
				t.Errorf("counts (-want +got):\n%s", diff)
			}
			got := []float64{c.Precision(), c.Recall(), c.F1(), c.FalsePositiveRate()}
			want := []float64{tt.p, tt.r, tt.f1, tt.lostShare}
			if diff := cmp.Diff(want, got, cmp.Comparer(func(a, b float64) bool { return math.Abs(a-b) < 1e-12 })); diff != "" {
				t.Errorf("precision, recall, F1, lost (-want +got):\n%s", diff)
			}
		})
	}
}

func TestBaselines(t *testing.T) {
	tests := []struct {
		line   string
		a, b   bool
		ending bool
	}{
		{line: "Advertisement", a: true, b: true},
		{line: "Read more", a: true, b: true},
		{line: "By Jane Doe", a: true, b: true},
		{line: "By Jane Q. Doe", a: false, b: true},
		{line: "It rained.", a: false, b: true, ending: true},
		{line: "“We won!”", a: false, b: true, ending: true},
		{line: "'Yes'  ", a: false, b: true, ending: true},
		{line: "Why?", a: false, b: true, ending: true},
		{line: "Photo: AP", a: true, b: true},
		{line: "one two three four five six seven eight", a: false, b: true},
		{line: "one two three four five six seven eight nine", a: false, b: false},
		{line: "The council voted on Tuesday to close the old bridge for good.", a: false, b: false, ending: true},
		{line: "", a: true, b: true},
	}
	for _, tt := range tests {
		if got := baselineShortUnpunct(tt.line); got != tt.a {
			t.Errorf("baselineShortUnpunct(%q) = %v, want %v", tt.line, got, tt.a)
		}
		if got := baselineShort(tt.line); got != tt.b {
			t.Errorf("baselineShort(%q) = %v, want %v", tt.line, got, tt.b)
		}
		if got := endsWithFinalPunct(tt.line); got != tt.ending {
			t.Errorf("endsWithFinalPunct(%q) = %v, want %v", tt.line, got, tt.ending)
		}
	}
}

func TestTopTexts(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		n     int
		want  []countedText
	}{
		{name: "empty", n: 3, want: []countedText{}},
		{
			name:  "order by count then text, cut to n",
			texts: []string{"b", "a", "c", "b", "a", "d", "b"},
			n:     3,
			want:  []countedText{{"b", 3}, {"a", 2}, {"c", 1}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, topTexts(tt.texts, tt.n)); diff != "" {
				t.Errorf("topTexts (-want +got):\n%s", diff)
			}
		})
	}
}

func TestClip(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"  short  ", 10, "short"},
		{"a\nb\tc", 10, "a b c"},
		{"abcdefghij", 10, "abcdefghij"},
		{"abcdefghijk", 10, "abcdefghi…"},
		{"ééééééééééé", 5, "éééé…"},
	}
	for _, tt := range tests {
		if got := clip(tt.in, tt.n); got != tt.want {
			t.Errorf("clip(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}
