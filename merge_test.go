package newsmerge

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/newsmerge/newsmerge/internal/fixture"
)

func mergeSeeds(t testing.TB) *Story {
	t.Helper()
	st, err := Merge([]*Article{readSeed(t, seedABC), readSeed(t, seedQuen)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func TestMergeSeedsGolden(t *testing.T) {
	st := mergeSeeds(t)
	for _, f := range []struct {
		name  string
		write func(*Story, *bytes.Buffer) error
	}{
		{"seeds.merge.json.golden", func(s *Story, b *bytes.Buffer) error { return s.WriteJSON(b) }},
		{"seeds.merge.txt.golden", func(s *Story, b *bytes.Buffer) error { return s.WriteText(b) }},
		{"seeds.merge.md.golden", func(s *Story, b *bytes.Buffer) error { return s.WriteMarkdown(b) }},
	} {
		var buf bytes.Buffer
		if err := f.write(st, &buf); err != nil {
			t.Fatal(err)
		}
		checkGolden(t, f.name, buf.Bytes())
	}
}

// findSentence returns the story sentence that has a source containing
// text, or fails.
func findSentence(t *testing.T, st *Story, text string) StorySentence {
	t.Helper()
	for _, ss := range st.Sentences {
		for _, src := range ss.Sources {
			if strings.Contains(src.Text, text) {
				return ss
			}
		}
	}
	t.Fatalf("no story sentence has a source containing %q", text)
	return StorySentence{}
}

// TestMergeSeedFacts checks what the two seed articles must give: the
// statements they share merged and credited to both, the facts only one
// has kept and credited to it, and the boilerplate removed.
func TestMergeSeedFacts(t *testing.T) {
	st := mergeSeeds(t)
	both := []string{seedABC, seedQuen}
	shared := []struct{ abc, quen string }{
		{"headed to Moscow Tuesday", "travels to Moscow for a Tuesday meeting"},
		{"met Sunday in Florida", "intensive discussions in Florida between U.S. officials"},
		{"I think the administration feels very optimistic", "said the administration feels"},
		{"expectations that Putin will accept a compromise remain low", "expectations for a breakthrough remain low"},
		{"signaled reluctance to yield", "doubled down on demands"},
		{"taken control of two Ukrainian cities", "seized two contested Ukrainian cities"},
		{"not directly involved in the Florida talks", "not directly involved in the Florida meeting"},
		{"two very productive days", "reported “significant progress”"},
		{"felt “quite good”", "We feel quite good"},
		{"those points had been refined", "negotiators have “refined” their proposals"},
		{"acknowledging there remain several “tough issues”", "noting several “tough issues” remain unresolved"},
	}
	for _, s := range shared {
		a, b := findSentence(t, st, s.abc), findSentence(t, st, s.quen)
		if diff := cmp.Diff(a, b); diff != "" {
			t.Errorf("%q and %q are in different story sentences (-first +second):\n%s", s.abc, s.quen, diff)
			continue
		}
		if diff := cmp.Diff(both, a.Articles(), cmpopts.SortSlices(func(x, y string) bool { return x < y })); diff != "" {
			t.Errorf("%q: articles (-want +got):\n%s", s.abc, diff)
		}
	}
	only := []struct{ text, article string }{
		{"closed-door sessions", seedABC},
		{"19-point proposal", seedQuen},
		{"28-point plan", seedQuen},
		{"around 5 p.m.", seedQuen},
		{"sixth Witkoff–Putin encounter", seedQuen},
	}
	for _, o := range only {
		ss := findSentence(t, st, o.text)
		if diff := cmp.Diff([]string{o.article}, ss.Articles()); diff != "" {
			t.Errorf("%q: articles (-want +got):\n%s", o.text, diff)
		}
	}
	removed := map[string]string{
		"contributed to this report": "contributor credit",
		"0":                          "number-only line",
		"stay tuned":                 "promotion",
		"Progress in Florida Talks":  "subheading",
	}
	for text, reason := range removed {
		found := false
		for _, r := range st.Removed {
			if strings.Contains(r.Text, text) && r.Reason == reason {
				found = true
			}
		}
		if !found {
			t.Errorf("%q is not removed as %q", text, reason)
		}
	}
	if want := "White House ‘Very Optimistic’ Ahead of High-Stakes Russia–U.S. Peace Meeting"; st.Title != want {
		t.Errorf("Title = %q, want %q", st.Title, want)
	}
	for _, c := range st.Conflicts {
		t.Logf("conflict on %s in %q: %+v", c.Kind, st.Sentences[c.Sentence].Text, c.Values)
	}
	// Who claimed the two cities: Putin (ABC) or Russian officials (Que Onda).
	cities := findSentence(t, st, "two Ukrainian cities")
	var got []ConflictValue
	for _, c := range st.Conflicts {
		if st.Sentences[c.Sentence].Text == cities.Text && c.Kind == ConflictSpeaker {
			got = c.Values
		}
	}
	wantSpeakers := []ConflictValue{{Value: "Vladimir Putin", Articles: []string{seedABC}}, {Value: "Russian officials", Articles: []string{seedQuen}}}
	if diff := cmp.Diff(wantSpeakers, got); diff != "" {
		t.Errorf("speaker conflict on the two cities (-want +got):\n%s", diff)
	}
	// The cast: people joined under their full names, bylines left out.
	cast := make(map[string]Entity)
	for _, e := range st.Entities {
		cast[e.Name] = e
	}
	for _, name := range []string{"Steve Witkoff", "Vladimir Putin", "Jared Kushner", "Karoline Leavitt", "Volodymyr Zelenskyy", "Emmanuel Macron"} {
		e, ok := cast[name]
		if !ok || e.Type != EntityPerson || len(e.Aliases) == 0 {
			t.Errorf("%s: got %+v, want a person with an alias", name, e)
			continue
		}
		if diff := cmp.Diff(both, e.Articles); diff != "" {
			t.Errorf("%s: articles (-want +got):\n%s", name, diff)
		}
	}
	for _, name := range []string{"Emily Chang", "Patrick Reevell", "Que Onda Magazine"} {
		if _, ok := cast[name]; ok {
			t.Errorf("%s is in the story's entities, but is named only in boilerplate", name)
		}
	}
}

// checkStory checks what every merged story must satisfy: each body
// sentence of each article is a source of exactly one story sentence, every
// other segment is removed with a reason, and offsets point into the
// articles.
func checkStory(t *testing.T, articles []*Article, st *Story) {
	t.Helper()
	byID := make(map[string]*Article)
	for _, a := range articles {
		byID[a.ID] = a
	}
	type key struct {
		id         string
		start, end int
	}
	seen := make(map[key]int)
	for i, ss := range st.Sentences {
		if len(ss.Sources) == 0 || ss.Text != ss.Sources[0].Text {
			t.Errorf("sentence %d: text %q is not its first source's", i, ss.Text)
		}
		for _, src := range ss.Sources {
			a := byID[src.Article]
			if a == nil || src.Start < 0 || src.End > len(a.Body) || src.Start > src.End || a.Body[src.Start:src.End] != src.Text {
				t.Errorf("sentence %d: source %+v does not point into its article", i, src)
				continue
			}
			seen[key{src.Article, src.Start, src.End}]++
		}
	}
	for _, r := range st.Removed {
		a := byID[r.Article]
		if a == nil || r.Reason == "" || a.Body[r.Start:r.End] != r.Text {
			t.Errorf("removed %+v: bad offsets or no reason", r)
		}
		seen[key{r.Article, r.Start, r.End}]++
	}
	for _, a := range articles {
		for _, s := range Split(a) {
			if n := seen[key{a.ID, s.Start, s.End}]; n != 1 {
				t.Errorf("%s %q (%v) appears %d times in the story, want once", a.ID, s.Text, s.Role, n)
			}
		}
	}
	for _, c := range st.Conflicts {
		if c.Sentence < 0 || c.Sentence >= len(st.Sentences) || len(c.Values) < 2 {
			t.Errorf("bad conflict %+v", c)
		}
	}
}

func TestMergeKeepsEverything(t *testing.T) {
	seeds := []*Article{readSeed(t, seedABC), readSeed(t, seedQuen)}
	checkStory(t, seeds, mergeSeeds(t))
	// The same article twice under two IDs: every sentence pairs with its copy.
	copyA := *seeds[0]
	copyA.ID = "copy"
	st, err := Merge([]*Article{seeds[0], &copyA}, nil)
	if err != nil {
		t.Fatal(err)
	}
	checkStory(t, []*Article{seeds[0], &copyA}, st)
	for _, ss := range st.Sentences {
		if len(ss.Sources) != 2 {
			t.Errorf("copy: %q has %d sources, want 2", ss.Text, len(ss.Sources))
		}
	}
}

func TestMergeErrors(t *testing.T) {
	good := fixture.Story("a", fixture.Talks...)
	tests := []struct {
		name     string
		articles []*Article
		want     error
	}{
		{"none", nil, ErrNoArticles},
		{"duplicate_id", []*Article{good, fixture.Story("a", fixture.Flood...)}, ErrDuplicateID},
		{"empty_body", []*Article{good, {ID: "b", Body: " \n "}}, ErrEmpty},
		{"invalid_utf8", []*Article{good, {ID: "b", Body: "Bad \xff byte."}}, ErrInvalidUTF8},
		{"nil_article", []*Article{good, nil}, ErrEmpty},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st, err := Merge(tc.articles, nil)
			if err == nil || st != nil {
				t.Fatalf("Merge = %v, %v; want an error", st, err)
			}
			if tc.want != nil && !errors.Is(err, tc.want) {
				t.Errorf("error %v, want %v", err, tc.want)
			}
		})
	}
}

func TestMergeEdgeCases(t *testing.T) {
	one := fixture.Story("one", fixture.Talks...)
	allBoiler := &Article{ID: "promo", Body: "By Jane Doe\n\nSign up for our newsletter.\n"}
	tests := []struct {
		name      string
		articles  []*Article
		sentences int
	}{
		{"one_article", []*Article{one}, len(fixture.Talks)},
		{"all_boilerplate", []*Article{allBoiler}, 0},
		{"with_boilerplate_only_article", []*Article{one, allBoiler}, len(fixture.Talks)},
		{"two_stories", []*Article{one, fixture.Story("flood", fixture.Flood...)}, len(fixture.Talks) + len(fixture.Flood)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st, err := Merge(tc.articles, nil)
			if err != nil {
				t.Fatal(err)
			}
			checkStory(t, tc.articles, st)
			if len(st.Sentences) != tc.sentences {
				t.Errorf("%d sentences, want %d", len(st.Sentences), tc.sentences)
			}
		})
	}
}

// TestMergeOrder checks that a statement only a later article has goes
// after the statement that precedes it there.
func TestMergeOrder(t *testing.T) {
	a := fixture.Story("a", fixture.Talks...)
	b := fixture.Story("b",
		"Peskov said Putin would prepare for the talks in closed-door sessions.",
		"A Kremlin aide said the talks could last until late in the evening.",
		"Hopes for a breakthrough remain low in Kyiv and European capitals.",
	)
	st, err := Merge([]*Article{a, b}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, ss := range st.Sentences {
		got = append(got, strings.Join(ss.Articles(), "+")+": "+strings.Join(strings.Fields(ss.Text)[:3], " "))
	}
	want := []string{
		"a: Special envoy Steve",
		"a: The meeting follows",
		"a+b: Kremlin spokesman Dmitry",
		"b: A Kremlin aide",
		"a+b: Expectations of a",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("story order (-want +got):\n%s", diff)
	}
}

func TestMergeConcurrent(t *testing.T) {
	seeds := []*Article{readSeed(t, seedABC), readSeed(t, seedQuen)}
	want := mergeSeeds(t)
	var wg sync.WaitGroup
	for g := 0; g < 6; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got, err := Merge(seeds, nil)
			if err != nil {
				t.Error(err)
				return
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("concurrent Merge differs (-want +got):\n%s", diff)
			}
		}()
	}
	wg.Wait()
}

func ExampleMerge() {
	wire := &Article{ID: "wire", Body: "Heavy rain flooded the centre of Valencia overnight, cutting power to thousands of homes.\n\n" +
		"Firefighters rescued dozens of residents from cars trapped in the water.\n"}
	local := &Article{ID: "local", Body: "By Ana Ruiz\n\n" +
		"Firefighters rescued dozens of residents trapped in their cars by the water.\n\n" +
		"The mayor praised the volunteers who filled sandbags through the night.\n"}
	story, err := Merge([]*Article{wire, local}, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	story.WriteText(os.Stdout)
	// Output:
	// Heavy rain flooded the centre of Valencia overnight, cutting power to thousands of homes. [1]
	//
	// Firefighters rescued dozens of residents from cars trapped in the water. [1,2]
	//
	// The mayor praised the volunteers who filled sandbags through the night. [2]
	//
	// Sources:
	// [1] wire
	// [2] local
	//
	// People, organisations and places:
	// Valencia, place [1]
	//
	// Removed:
	// [2] byline: By Ana Ruiz
}

// TestMergeManyCopies merges one article with many copies of itself: every
// statement must come out once, credited to every copy, however many.
func TestMergeManyCopies(t *testing.T) {
	orig := readSeed(t, seedABC)
	body := 0
	for _, s := range Split(orig) {
		if s.Role == RoleBody {
			body++
		}
	}
	for _, n := range []int{2, 30, 100} {
		var articles []*Article
		for i := 0; i < n; i++ {
			a := *orig
			a.ID = fmt.Sprintf("copy-%03d", i)
			articles = append(articles, &a)
		}
		st, err := Merge(articles, nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(st.Sentences) != body {
			t.Errorf("%d copies: %d story sentences, want %d", n, len(st.Sentences), body)
		}
		for _, ss := range st.Sentences {
			if got := len(ss.Articles()); got != n {
				t.Errorf("%d copies: %q credited to %d articles", n, ss.Text, got)
				break
			}
		}
	}
}

func TestMergeRepeatedSentence(t *testing.T) {
	a := fixture.Story("a", "The bridge will close on Monday for repairs.", "Drivers should use the ring road instead.")
	b := fixture.Story("b", "The bridge will close on Monday for repairs.", "Drivers should use the ring road instead.", "The bridge will close on Monday for repairs.")
	st, err := Merge([]*Article{a, b}, nil)
	if err != nil {
		t.Fatal(err)
	}
	checkStory(t, []*Article{a, b}, st)
	if len(st.Sentences) != 2 || len(st.Sentences[0].Sources) != 3 {
		t.Errorf("got %d story sentences (first with %d sources), want 2 with the repeat a source of the first", len(st.Sentences), len(st.Sentences[0].Sources))
	}
}

// TestMergeOrderNeverBack checks that an article returning to an earlier
// statement does not pull its later sentences up the story.
func TestMergeOrderNeverBack(t *testing.T) {
	a := fixture.Story("a",
		"Police arrested two men at the harbour on Friday, and customs officers seized four tonnes of cocaine hidden in banana crates.",
		"The port will reopen on Monday.")
	b := fixture.Story("b",
		"Police arrested two men at the harbour on Friday.",
		"The suspects are Dutch citizens in their thirties.",
		"Customs officers seized four tonnes of cocaine hidden in banana crates.",
		"The port will reopen on Monday, officials said.")
	st, err := Merge([]*Article{a, b}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, ss := range st.Sentences {
		got = append(got, strings.Join(strings.Fields(ss.Text)[:3], " "))
	}
	want := []string{"Police arrested two", "The suspects are", "The port will"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("story order (-want +got):\n%s", diff)
	}
}

// TestMergeSharedScorer runs Merge from many goroutines with Options that
// share one Scorer, with and without weights.
func TestMergeSharedScorer(t *testing.T) {
	seeds := []*Article{readSeed(t, seedABC), readSeed(t, seedQuen)}
	weighted := NewScorer()
	weighted.Weights = NewWeights()
	for _, a := range seeds {
		for _, s := range Split(a) {
			weighted.Weights.Add(s.Text)
		}
	}
	for _, opts := range []*Options{{Scorer: NewScorer()}, {Scorer: weighted, MinAlign: 0.5}} {
		want, err := Merge(seeds, opts)
		if err != nil {
			t.Fatal(err)
		}
		var wg sync.WaitGroup
		for g := 0; g < 4; g++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				got, err := Merge(seeds, opts)
				if err != nil {
					t.Error(err)
					return
				}
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("concurrent Merge differs (-want +got):\n%s", diff)
				}
			}()
		}
		wg.Wait()
	}
}

// TestStoryJSONRoundTrip checks that a story written as JSON reads back
// into the same Story, so that downstream tests can keep stories as files.
func TestStoryJSONRoundTrip(t *testing.T) {
	articles, _ := loadEvent(t, filepath.Join("testdata", "events", "flood-toll-conflict"))
	st, err := Merge(articles, nil)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := st.WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	var back Story
	if err := json.Unmarshal(buf.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(st, &back); diff != "" {
		t.Errorf("JSON round trip (-want +got):\n%s", diff)
	}
}

// TestRenderHandBuiltStory checks that the renderers take any Story,
// including one built by hand with a sentence that has no sources.
func TestRenderHandBuiltStory(t *testing.T) {
	st := &Story{Articles: []string{"a"}, Sentences: []StorySentence{{Text: "x"}}, Conflicts: []Conflict{{Sentence: 5, Kind: ConflictNumber}}}
	var buf bytes.Buffer
	for _, write := range []func(io.Writer) error{st.WriteText, st.WriteMarkdown, st.WriteJSON} {
		if err := write(&buf); err != nil {
			t.Error(err)
		}
	}
}

// TestMergeSpeakers checks the rules that use who a sentence names and
// quotes: different people's statements stay apart, and a statement
// credited to two speakers, neither speaking for the other, is a conflict.
func TestMergeSpeakers(t *testing.T) {
	tests := []struct {
		name         string
		a, b         string
		merged       bool
		wantSpeakers []ConflictValue // nil: no speaker conflict
	}{
		{
			name:   "same_surname_different_people",
			a:      "Daniel Okafor, who leads the taxpayers group, said he would spend the summer knocking on doors to defeat the levy.",
			b:      "Maria Okafor said she would spend the summer knocking on doors to build support for the levy.",
			merged: false,
		},
		{
			name:   "same_quote_two_speakers",
			a:      "“We cannot let a new generation get hooked on nicotine,” Health Minister Mette Kragh said on Monday.",
			b:      "“We cannot let a new generation get hooked on nicotine,” Spokesman Lars Holm told reporters on Monday.",
			merged: true,
			wantSpeakers: []ConflictValue{
				{Value: "Mette Kragh", Articles: []string{"a"}},
				{Value: "Lars Holm", Articles: []string{"b"}},
			},
		},
		{
			name:   "same_quote_two_speakers_lower_case_role",
			a:      "“We cannot let a new generation get hooked on nicotine,” Health Minister Mette Kragh said on Monday.",
			b:      "“We cannot let a new generation get hooked on nicotine,” ministry spokesman Lars Holm told reporters on Monday.",
			merged: true,
			wantSpeakers: []ConflictValue{
				{Value: "Mette Kragh", Articles: []string{"a"}},
				{Value: "Lars Holm", Articles: []string{"b"}},
			},
		},
		{
			name:   "same_person_other_words",
			a:      "Daniel Okafor, president of the Fairhaven Taxpayers League, said his group would spend the summer knocking on doors.",
			b:      "Daniel Okafor, president of the Fairhaven Taxpayers League, called the levy “a blank check for City Hall.”",
			merged: false,
		},
		{
			name:   "same_person_same_claim_other_words",
			a:      "Daniel Okafor, president of the Fairhaven Taxpayers League, said his group would spend the summer knocking on doors.",
			b:      "The league's president, Daniel Okafor, said the group will knock on doors all summer.",
			merged: true,
		},
		{
			name:         "spokesperson_speaks_for_the_kremlin",
			a:            "The Kremlin said on Monday that the envoy would meet the president on Tuesday afternoon.",
			b:            "Kremlin spokesperson Dmitry Peskov said on Monday that the envoy would meet the president on Tuesday afternoon.",
			merged:       true,
			wantSpeakers: nil,
		},
		{
			name:         "surname_and_full_name",
			a:            "Press secretary Karoline Leavitt said the administration felt very optimistic about the talks in Florida.",
			b:            "Leavitt said the administration felt very optimistic about the talks in Florida.",
			merged:       true,
			wantSpeakers: nil,
		},
		{
			name:   "claim_by_a_leader_or_by_officials",
			a:      "On Monday, President Vladimir Putin claimed that Russian forces had taken control of two Ukrainian cities.",
			b:      "Russian officials also claimed on Monday that their forces had seized two Ukrainian cities.",
			merged: true,
			wantSpeakers: []ConflictValue{
				{Value: "Vladimir Putin", Articles: []string{"a"}},
				{Value: "Russian officials", Articles: []string{"b"}},
			},
		},
		{
			name:   "quoted_words_told_another_way",
			a:      "Mayor Ruth Calder said the council had “listened to every objection” before it approved the budget late on Tuesday night.",
			b:      "Calder, who chaired the four-hour session, said she had listened to every objection from residents and would not reopen the vote.",
			merged: true,
		},
		{
			name:   "quoted_words_of_another_speaker",
			a:      "Mayor Ruth Calder said the council had “listened to every objection” before it approved the budget late on Tuesday night.",
			b:      "Opposition leader Tom Brandt said the council had never listened to every objection before it approved the budget.",
			merged: false,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := ParseText("a", strings.NewReader(tc.a))
			if err != nil {
				t.Fatal(err)
			}
			b, err := ParseText("b", strings.NewReader(tc.b))
			if err != nil {
				t.Fatal(err)
			}
			st, err := Merge([]*Article{a, b}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if merged := len(st.Sentences) == 1; merged != tc.merged {
				t.Fatalf("merged = %v, want %v; story has %d sentences", merged, tc.merged, len(st.Sentences))
			}
			var got []ConflictValue
			for _, c := range st.Conflicts {
				if c.Kind == ConflictSpeaker {
					got = c.Values
				}
			}
			if diff := cmp.Diff(tc.wantSpeakers, got); diff != "" {
				t.Errorf("speaker conflict (-want +got):\n%s", diff)
			}
		})
	}
}

// TestMergeNumberConflicts checks that a number conflict shows each
// source's figures as written, and that two spellings of one value do not
// conflict.
func TestMergeNumberConflicts(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want []ConflictValue // nil: no number conflict
	}{
		{
			name: "clock_times",
			a:    "The Kremlin said the talks between the two delegations would begin at 5 p.m. local time.",
			b:    "The Kremlin said the talks between the two delegations would begin at 3 a.m. local time.",
			want: []ConflictValue{{Value: "5 p.m.", Articles: []string{"a"}}, {Value: "3 a.m.", Articles: []string{"b"}}},
		},
		{
			name: "one_time_two_spellings",
			a:    "The Kremlin said the talks between the two delegations would begin at 5 p.m. local time.",
			b:    "The Kremlin said the talks between the two delegations would begin at 17:00 local time.",
		},
		{
			name: "one_amount_two_spellings",
			a:    "The city council approved a grant of $4.5 million for the new library on Tuesday evening.",
			b:    "The city council approved a grant of 4,500,000 dollars for the new library on Tuesday evening.",
		},
		{
			name: "counts",
			a:    "Corvane Foods said on Tuesday it will cut about 1,200 jobs and close its plant in Wisconsin.",
			b:    "Corvane Foods said on Tuesday it will cut about 1,100 jobs and close its plant in Wisconsin.",
			want: []ConflictValue{{Value: "1,200", Articles: []string{"a"}}, {Value: "1,100", Articles: []string{"b"}}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := ParseText("a", strings.NewReader(tc.a))
			if err != nil {
				t.Fatal(err)
			}
			b, err := ParseText("b", strings.NewReader(tc.b))
			if err != nil {
				t.Fatal(err)
			}
			st, err := Merge([]*Article{a, b}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if len(st.Sentences) != 1 {
				t.Fatalf("story has %d sentences, want the two merged", len(st.Sentences))
			}
			var got []ConflictValue
			for _, c := range st.Conflicts {
				if c.Kind == ConflictNumber {
					got = c.Values
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("number conflict (-want +got):\n%s", diff)
			}
		})
	}
}
