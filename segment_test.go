package newsmerge

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/newsmerge/newsmerge/segment"
)

func TestSplitSeedsGolden(t *testing.T) {
	for _, name := range []string{seedABC, seedQuen} {
		t.Run(name, func(t *testing.T) {
			a := readSeed(t, name)
			got := Split(a)
			checkSplitInvariants(t, a.Body, got)
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			for _, s := range got {
				if err := enc.Encode(s); err != nil {
					t.Fatal(err)
				}
			}
			checkGolden(t, name+".split.jsonl", buf.Bytes())
		})
	}
}

// TestSplitSeedFacts pins what the foundation issue asks of the seeds, so that
// a golden update cannot quietly lose it.
func TestSplitSeedFacts(t *testing.T) {
	abc, quen := Split(readSeed(t, seedABC)), Split(readSeed(t, seedQuen))
	all := append(append([]Sentence(nil), abc...), quen...)

	for _, s := range all {
		for _, abbr := range []string{"U.S.", "p.m.", "Russia–U.S."} {
			if strings.HasSuffix(s.Text, abbr) {
				t.Errorf("segment ends at %q: %q", abbr, s.Text)
			}
		}
	}
	mustFind := func(ss []Sentence, role Role, reason, text string) {
		t.Helper()
		for _, s := range ss {
			if s.Text == text {
				if s.Role != role || s.Reason != reason {
					t.Errorf("%q: got role %v (%q), want %v (%q)", text, s.Role, s.Reason, role, reason)
				}
				return
			}
		}
		t.Errorf("no segment is exactly %q", text)
	}
	mustFind(abc, RoleDateline, "", "LONDON —")
	mustFind(abc, RoleBody, "", "“I think the administration feels very optimistic,” White House press secretary Karoline Leavitt told reporters Monday after the Florida talks.")
	mustFind(abc, RoleBoilerplate, "contributor credit", "ABC News’ Emily Chang and Patrick Reevell contributed to this report.")
	mustFind(quen, RoleHeadline, "", "White House ‘Very Optimistic’ Ahead of High-Stakes Russia–U.S. Peace Meeting")
	mustFind(quen, RoleBoilerplate, "number-only line", "0")
	mustFind(quen, RoleBoilerplate, "promotion", "For more on this story, stay tuned to Que Onda Magazine.")
	mustFind(quen, RoleBody, "", "The Kremlin said talks were set to begin around 5 p.m. local time.")

	var subheadings []string
	for _, s := range quen {
		if s.Role == RoleSubheading {
			subheadings = append(subheadings, s.Text)
		}
	}
	want := []string{
		"Witkoff and Kushner Head to Moscow",
		"Progress in Florida Talks",
		"Mixed Signals From Moscow",
		"Ukraine Seeks Unity and Security Guarantees",
		"Refining the Peace Plan",
		"What Comes Next",
	}
	if diff := cmp.Diff(want, subheadings); diff != "" {
		t.Errorf("sub-headings (-want +got):\n%s", diff)
	}
	countBody := func(ss []Sentence) int {
		n := 0
		for _, s := range ss {
			if s.Role == RoleBody {
				n++
			}
		}
		return n
	}
	if got := countBody(abc); got != 18 {
		t.Errorf("ABC seed: %d body sentences, want 18", got)
	}
	if got := countBody(quen); got != 19 {
		t.Errorf("Que Onda seed: %d body sentences, want 19", got)
	}
}

// checkSplitInvariants checks what Split promises for any input: segments in
// order, inside the text, not overlapping, trimmed, with Text equal to the
// body slice, and together covering every character that is not white space.
func checkSplitInvariants(t testing.TB, body string, got []Sentence) {
	t.Helper()
	covered := make([]bool, len(body))
	prevEnd := 0
	for i, s := range got {
		if s.Index != i {
			t.Fatalf("segment %d has Index %d", i, s.Index)
		}
		if s.Start < prevEnd || s.End <= s.Start || s.End > len(body) {
			t.Fatalf("segment %d [%d,%d) out of order or outside the body (len %d, previous end %d)", i, s.Start, s.End, len(body), prevEnd)
		}
		if s.Text != body[s.Start:s.End] {
			t.Fatalf("segment %d: Text %q != body[%d:%d] %q", i, s.Text, s.Start, s.End, body[s.Start:s.End])
		}
		if strings.TrimFunc(s.Text, segment.IsSpace) != s.Text {
			t.Fatalf("segment %d has white space at an end: %q", i, s.Text)
		}
		if (s.Role == RoleBoilerplate) != (s.Reason != "") {
			t.Fatalf("segment %d: role %v with reason %q", i, s.Role, s.Reason)
		}
		if i > 0 && s.Paragraph < got[i-1].Paragraph {
			t.Fatalf("segment %d: paragraph %d after %d", i, s.Paragraph, got[i-1].Paragraph)
		}
		for k := s.Start; k < s.End; k++ {
			covered[k] = true
		}
		prevEnd = s.End
	}
	for i := 0; i < len(body); {
		r, size := utf8.DecodeRuneInString(body[i:])
		if !covered[i] && !segment.IsSpace(r) {
			t.Fatalf("byte %d (%q) is in no segment", i, body[i:i+size])
		}
		i += size
	}
}
