package segment

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsmerge/newsmerge/text"
)

func TestFirstRunes(t *testing.T) {
	tests := []struct {
		expr string
		any  bool
		in   string // begins a match
		out  string // cannot begin a match
	}{
		{expr: `^(by|written by)\s`, in: "wb", out: "acx("},
		{expr: `^(additional )?(reporting|writing) by\b`, in: "arw", out: "bx "},
		{expr: `^(\(c\)|©|copyright)\b`, in: "(©c", out: "a)"},
		{expr: `^[ .:]*$`, any: true},
		{expr: `^(?i)by`, any: true},
		{expr: `^.x`, any: true},
		{expr: `^a*b`, in: "ab", out: "c"},
		{expr: `^a|b`, any: true},
		{expr: `(?m)^a`, any: true},
		{expr: `ab`, any: true},
		{expr: `^(a|^b)c`, in: "ab", out: "c"},
	}
	for _, tt := range tests {
		p := mustStart(tt.expr)
		if p.any != tt.any {
			t.Errorf("%s: any = %v, want %v", tt.expr, p.any, tt.any)
			continue
		}
		for _, r := range tt.in {
			if !p.any && !inRanges(p.first, r) {
				t.Errorf("%s: %q turned away, but a match can begin with it", tt.expr, r)
			}
		}
		for _, r := range tt.out {
			if inRanges(p.first, r) {
				t.Errorf("%s: %q let through, but no match begins with it", tt.expr, r)
			}
		}
	}
}

// TestStartPatternExact checks that turning texts away by their first rune
// never changes what a boilerplate pattern matches, on every line of the
// test data and on the lines the rules are written for.
func TestStartPatternExact(t *testing.T) {
	lines := []string{
		"By Jane Doe", "Reporting by Jane Doe; Editing by John Roe", "Advertisement", "Story continues below advertisement",
		"Follow us on Twitter", "(Photo: Jane Doe)", "© 2024 The Gazette", "Copyright 2024", "Related: more stories",
		"Additional reporting by Sam Lee", "Photo by Jane Doe", "Stay tuned for updates.", "", " ", ".",
	}
	files, _ := filepath.Glob("../testdata/*/*.txt")
	more, _ := filepath.Glob("../testdata/*/*/*.txt")
	for _, f := range append(files, more...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(b), "\n")...)
	}
	if len(lines) < 200 {
		t.Fatalf("only %d lines of test data", len(lines))
	}
	matched := 0
	defer func() {
		if matched < 8 {
			t.Errorf("the patterns match %d lines: the test checks too little", matched)
		}
	}()
	for _, l := range lines {
		if f := text.Fold(l); foldedWords(f) != len(strings.Fields(f)) {
			t.Errorf("foldedWords(%q) = %d, want %d", f, foldedWords(f), len(strings.Fields(f)))
		}
	}
	for _, r := range boilerplateRules {
		if r.Pattern == nil {
			continue
		}
		var got, want []string
		for _, l := range lines {
			f := text.Fold(l)
			if r.Pattern.MatchString(f) {
				got = append(got, f)
			}
			if r.Pattern.re.MatchString(f) {
				want = append(want, f)
				matched++
			}
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s (-regexp +startPattern):\n%s", r.Pattern, diff)
		}
	}
}
