package similarity

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsmerge/newsmerge/article"
	"github.com/newsmerge/newsmerge/internal/fixture"
)

func TestLink(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want Link
	}{
		{
			name: "paraphrase",
			a:    "The White House said it is very optimistic as envoy Steve Witkoff heads to Moscow.",
			b:    "The White House says it is very optimistic as Steve Witkoff travels to Moscow.",
			want: LinkSame,
		},
		{
			name: "long_covers_short",
			a:    "Witkoff will meet Putin in Moscow on Tuesday, and Jared Kushner will join the talks at the Kremlin.",
			b:    "Jared Kushner will join the talks at the Kremlin.",
			want: LinkCovers,
		},
		{
			name: "short_covered_by_long",
			a:    "Jared Kushner will join the talks at the Kremlin.",
			b:    "Witkoff will meet Putin in Moscow on Tuesday, and Jared Kushner will join the talks at the Kremlin.",
			want: LinkCoveredBy,
		},
		{
			name: "covered_but_negated",
			a:    "Witkoff will meet Putin in Moscow on Tuesday, and Jared Kushner will not join the talks at the Kremlin.",
			b:    "Jared Kushner will join the talks at the Kremlin.",
			want: LinkConflict,
		},
		{
			name: "covered_but_other_day",
			a:    "Witkoff will meet Putin in Moscow on Tuesday, and Jared Kushner will join the talks at the Kremlin.",
			b:    "Jared Kushner will join the Kremlin talks on Wednesday.",
			want: LinkConflict,
		},
		{
			name: "too_short_to_cover",
			a:    "Putin said the talks with Witkoff in Moscow were useful.",
			b:    "Putin said.",
			want: LinkNone,
		},
		{
			name: "different_statement",
			a:    "The Kremlin confirmed on Monday that Witkoff would meet Putin.",
			b:    "Ukraine's army said it had pushed back an attack near Kharkiv.",
			want: LinkNone,
		},
	}
	s := NewScorer()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, sc := s.Link(s.Prepare(tc.a), s.Prepare(tc.b))
			if got != tc.want {
				t.Errorf("Link = %v, want %v (%s)", got, tc.want, describeScore(sc))
			}
		})
	}
}

func TestLinkString(t *testing.T) {
	var got []string
	for l := LinkNone; l <= LinkCoveredBy+1; l++ {
		got = append(got, l.String())
	}
	want := []string{"none", "same", "conflict", "covers", "covered-by", "Link(5)"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Link names (-want +got):\n%s", diff)
	}
}

func TestCompareArticles(t *testing.T) {
	s := NewScorer()
	talks := fixture.Story("talks", fixture.Talks...)
	tests := []struct {
		name             string
		a, b             *article.Article
		minAInB, maxAInB float64
		minBInA, maxBInA float64
	}{
		{"copy", talks, fixture.Story("copy", fixture.Talks...), 1, 1, 1, 1},
		{"trimmed_copy", talks, fixture.Story("trim", fixture.Talks[:2]...), 0.4, 0.6, 1, 1},
		{
			name: "rewrite",
			a:    talks,
			b: fixture.Story("rewrite",
				"Putin met U.S. envoy Steve Witkoff in Moscow on Tuesday.",
				"Few in Kyiv or in European capitals expect a breakthrough.",
				"The talks come after American and Ukrainian officials negotiated for two days in Florida.",
				"The Kremlin spokesman, Dmitry Peskov, said Putin would prepare in closed-door sessions.",
			),
			minAInB: 0.4, maxAInB: 1, minBInA: 0.4, maxBInA: 1,
		},
		{"other_story", talks, fixture.Story("flood", fixture.Flood...), 0, 0, 0, 0},
		{"empty", talks, fixture.Story("empty"), 0, 0, 0, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := s.CompareArticles(s.PrepareArticle(tc.a), s.PrepareArticle(tc.b))
			if got.AInB < tc.minAInB || got.AInB > tc.maxAInB || got.BInA < tc.minBInA || got.BInA > tc.maxBInA {
				t.Errorf("AInB %.2f, BInA %.2f; want AInB in [%.2f, %.2f], BInA in [%.2f, %.2f]; matches %+v",
					got.AInB, got.BInA, tc.minAInB, tc.maxAInB, tc.minBInA, tc.maxBInA, got.Matches)
			}
			if want := max(got.AInB, got.BInA); got.Value != want {
				t.Errorf("Value = %v, want the larger share %v", got.Value, want)
			}
		})
	}
}

func ExampleScorer_CompareArticles() {
	a := &article.Article{ID: "wire", Body: "Heavy rain flooded the centre of Valencia overnight, cutting power to thousands of homes.\n\n" +
		"Firefighters rescued dozens of residents from cars trapped in the water.\n"}
	b := &article.Article{ID: "local", Body: "Firefighters rescued dozens of residents from cars trapped in the water.\n\n" +
		"The mayor praised the volunteers who filled sandbags through the night.\n"}
	s := NewScorer()
	sc := s.CompareArticles(s.PrepareArticle(a), s.PrepareArticle(b))
	fmt.Printf("A in B %.2f, B in A %.2f\n", sc.AInB, sc.BInA)
	for _, m := range sc.Matches {
		fmt.Printf("%d-%d %v\n", m.A, m.B, m.Link)
	}
	// Output:
	// A in B 0.42, B in A 0.53
	// 1-0 same
}

func ExampleScorer_Link() {
	s := NewScorer()
	long := s.Prepare("Witkoff will meet Putin in Moscow on Tuesday, and Jared Kushner will join the talks at the Kremlin.")
	for _, text := range []string{
		"Jared Kushner will join the talks at the Kremlin.",
		"Jared Kushner will not join the talks at the Kremlin.",
		"Ukraine's army said it had pushed back an attack near Kharkiv.",
	} {
		link, _ := s.Link(long, s.Prepare(text))
		fmt.Println(link)
	}
	// Output:
	// covers
	// conflict
	// none
}

func BenchmarkCompareArticles(b *testing.B) {
	s := NewScorer()
	pa, pb := s.PrepareArticle(readSeed(b, seedABC)), s.PrepareArticle(readSeed(b, seedQuen))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		s.CompareArticles(pa, pb)
	}
}

// TestCandidateIndexItems checks that items far from zero, and negative
// ones, are found as small ones are.
func TestCandidateIndexItems(t *testing.T) {
	s := NewScorer()
	idx := NewCandidateIndex()
	items := []int{-5, 3, 1 << 40}
	for _, g := range items {
		idx.Add(g, s.Prepare("The harbour ferry caught fire near the pier on Tuesday."))
	}
	idx.Add(7, s.Prepare("Parliament passed the budget."))
	for i := 0; i < 2; i++ { // the scratch space is clean after a call
		got := idx.Candidates(s.Prepare("A ferry caught fire by the pier."), nil)
		if diff := cmp.Diff(items, got); diff != "" {
			t.Errorf("Candidates (-want +got):\n%s", diff)
		}
	}
}
