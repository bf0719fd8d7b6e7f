package newsmerge

import (
	"testing"

	"github.com/adrg/strutil"
	"github.com/adrg/strutil/metrics"
	"github.com/google/go-cmp/cmp"
)

// TestScoreDetails checks the parts of a Score that do not depend on the
// fitted model: the agreement of numbers, negation and names, and the
// spelling match of name variants.
func TestScoreDetails(t *testing.T) {
	type details struct {
		Numbers, Negation, Entities Agreement
	}
	tests := []struct {
		name string
		a, b string
		want details
	}{
		{"same numbers", "The storm killed 12 people on Monday.", "On Monday the storm killed 12 people.", details{Agree, Absent, Absent}},
		{"different number", "The storm killed 12 people on Monday.", "The storm killed 15 people on Monday.", details{Differ, Absent, Absent}},
		{"different weekday", "The storm hit Florida on Monday.", "The storm hit Florida on Tuesday.", details{Differ, Absent, Agree}},
		{"number only on one side", "The storm killed 12 people.", "The storm killed several people.", details{OneSided, Absent, Absent}},
		{"number word meets digits", "Russian forces took two cities.", "Russian forces took 2 cities.", details{Agree, Absent, Agree}},
		{"thousands separator", "The police counted 1,000 protesters.", "The police counted 1000 protesters.", details{Agree, Absent, Absent}},
		{"extra number on one side", "The storm killed 12 people.", "The storm killed 12 people in 3 towns.", details{OneSided, Absent, Absent}},
		{"swapped names keep agreement", "Germany beat France in the final.", "France beat Germany in the final.", details{Absent, Absent, Agree}},
		{"negated on one side", "The leaders agreed on a ceasefire.", "The leaders did not agree on a ceasefire.", details{Absent, Differ, Absent}},
		{"contraction negates", "She didn't sign the deal.", "She did not sign the deal.", details{Absent, Agree, Absent}},
		{"different names", "Putin met Witkoff in Moscow.", "Putin met Macron in Moscow.", details{Absent, Absent, Differ}},
		{"spelling variant of a name", "The talks with Zelensky ended.", "The talks with Zelenskyy ended.", details{Absent, Absent, Agree}},
		{"diacritics", "They will meet Micheál Martin.", "They will meet Micheal Martin.", details{Absent, Absent, Agree}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sc := Similarity(tc.a, tc.b)
			got := details{sc.Numbers, sc.Negation, sc.Entities}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Similarity(%q, %q) (-want +got):\n%s", tc.a, tc.b, diff)
			}
		})
	}
}

func TestSimilarityProperties(t *testing.T) {
	sentences := []string{
		"The White House said it is “very optimistic” as special envoy Steve Witkoff headed to Moscow.",
		"The White House says it is “very optimistic” as special envoy Steve Witkoff travels to Moscow.",
		"Putin spent recent days meeting with military commanders ahead of the talks.",
		"",
		"!!!",
	}
	s := NewScorer()
	for _, a := range sentences {
		for _, b := range sentences {
			ab := s.Compare(s.Prepare(a), s.Prepare(b))
			ba := s.Compare(s.Prepare(b), s.Prepare(a))
			if ab.Value < 0 || ab.Value > 1 {
				t.Errorf("Similarity(%q, %q) = %v, outside [0, 1]", a, b, ab.Value)
			}
			if d := ab.Value - ba.Value; d > 1e-9 || d < -1e-9 {
				t.Errorf("Similarity(%q, %q) = %v but reversed %v", a, b, ab.Value, ba.Value)
			}
			for _, sig := range ab.Signals {
				if sig.Value < 0 || sig.Value > 1 {
					t.Errorf("signal %s = %v, outside [0, 1]", sig.Name, sig.Value)
				}
			}
		}
	}
	same := Similarity(sentences[0], sentences[1]).Value
	other := Similarity(sentences[0], sentences[2]).Value
	if !(same >= DefaultThreshold && other < DefaultThreshold) {
		t.Errorf("rewrite scored %.3f, unrelated sentence %.3f; want the first at or above %.2f and the second below", same, other, DefaultThreshold)
	}
}

// TestContradictions checks that a sentence and a copy of it that says
// otherwise (a number, the polarity, who did what) are alike at the core but
// not the same statement, with the contradiction named.
func TestContradictions(t *testing.T) {
	tests := []struct {
		name   string
		a, b   string
		signal string
	}{
		{"number", "The storm killed 12 people in the coastal town on Monday.", "The storm killed 15 people in the coastal town on Monday.", SignalNumbers},
		{"negation", "The two leaders agreed on a ceasefire during the talks in Geneva.", "The two leaders did not agree on a ceasefire during the talks in Geneva.", SignalNegation},
		{"swapped roles", "Germany beat France in the final in Paris on Sunday.", "France beat Germany in the final in Paris on Sunday.", SignalRoles},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sc := Similarity(tc.a, tc.b)
			if sc.Core < DefaultThreshold || sc.Value >= DefaultThreshold {
				t.Errorf("Core %.3f, Value %.3f; want Core at or above %.2f and Value below", sc.Core, sc.Value, DefaultThreshold)
			}
			if v := sc.Signal(tc.signal); v >= 1 {
				t.Errorf("signal %s = %v, want it below 1", tc.signal, v)
			}
		})
	}
}

// seedPairs returns the body sentences of the two seed articles as
// cross-article pairs: realistic news sentences, most of them unrelated.
func seedPairs(b *testing.B) (left, right []string) {
	b.Helper()
	for _, s := range Split(readSeed(b, seedABC)) {
		if s.Role == RoleBody {
			left = append(left, s.Text)
		}
	}
	for _, s := range Split(readSeed(b, seedQuen)) {
		if s.Role == RoleBody {
			right = append(right, s.Text)
		}
	}
	return left, right
}

func BenchmarkPrepare(b *testing.B) {
	left, _ := seedPairs(b)
	s := NewScorer()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s.Prepare(left[i%len(left)])
	}
}

// BenchmarkCompare scores prepared pairs; BenchmarkLevenshteinRaw is the
// naive alternative, strutil's Levenshtein on the raw strings.
func BenchmarkCompare(b *testing.B) {
	left, right := seedPairs(b)
	s := NewScorer()
	var pl, pr []*Prepared
	for _, t := range left {
		pl = append(pl, s.Prepare(t))
	}
	for _, t := range right {
		pr = append(pr, s.Prepare(t))
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s.Compare(pl[i%len(pl)], pr[(i/len(pl))%len(pr)])
	}
}

func BenchmarkLevenshteinRaw(b *testing.B) {
	left, right := seedPairs(b)
	lev := metrics.NewLevenshtein()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		strutil.Similarity(left[i%len(left)], right[(i/len(left))%len(right)], lev)
	}
}
