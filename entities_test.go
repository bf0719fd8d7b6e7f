package newsmerge

import (
	"encoding/json"
	"errors"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// seedArticles reads the two seed articles.
func seedArticles(t testing.TB) []*Article {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "seeds", "*.txt"))
	if err != nil || len(files) != 2 {
		t.Fatalf("seed files: %v %v", files, err)
	}
	var as []*Article
	for _, f := range files {
		a, err := ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		as = append(as, a)
	}
	return as
}

// entitySummary is what the tests compare of an Entity.
type entitySummary struct {
	Name     string
	Type     EntityType
	Aliases  []string
	Articles int
}

func summarize(ents []Entity) []entitySummary {
	var out []entitySummary
	for _, e := range ents {
		out = append(out, entitySummary{e.Name, e.Type, e.Aliases, len(e.Articles)})
	}
	return out
}

func TestEntitiesSeeds(t *testing.T) {
	as := seedArticles(t)
	got, err := Entities(as)
	if err != nil {
		t.Fatal(err)
	}
	none := []string{}
	want := []entitySummary{
		{"London", EntityPlace, []string{"LONDON"}, 1},
		{"White House", EntityOrg, none, 2},
		{"Steve Witkoff", EntityPerson, []string{"Witkoff"}, 2},
		{"Moscow", EntityPlace, none, 2},
		{"Vladimir Putin", EntityPerson, []string{"Putin"}, 2},
		{"United States", EntityPlace, []string{"U.S."}, 2},
		{"Russia", EntityPlace, none, 2},
		{"Ukraine", EntityPlace, none, 2},
		{"Trump", EntityPerson, none, 2},
		{"Jared Kushner", EntityPerson, []string{"Kushner"}, 2},
		{"Marco Rubio", EntityPerson, none, 2},
		{"Florida", EntityPlace, none, 2},
		{"Kyiv", EntityPlace, none, 2},
		{"Karoline Leavitt", EntityPerson, []string{"Leavitt"}, 2},
		{"Kremlin", EntityOrg, none, 2},
		{"Dmitry Peskov", EntityPerson, none, 1},
		{"Volodymyr Zelenskyy", EntityPerson, []string{"Zelenskyy"}, 2},
		{"Emmanuel Macron", EntityPerson, []string{"Macron"}, 2},
		{"Paris", EntityPlace, none, 2},
		{"Dublin", EntityPlace, none, 2},
		{"Micheál Martin", EntityPerson, none, 1},
		{"Rustem Umerov", EntityPerson, none, 2},
		{"ABC News", EntityOrg, none, 1},
		{"Emily Chang", EntityPerson, none, 1},
		{"Patrick Reevell", EntityPerson, none, 1},
		{"Geneva", EntityPlace, none, 1},
		{"Que Onda Magazine", EntityOrg, none, 1},
	}
	if diff := cmp.Diff(want, summarize(got)); diff != "" {
		t.Errorf("Entities(seeds) (-want +got):\n%s", diff)
	}
	// Every mention is where it says, and the headline of the second
	// seed names Russia, the United States and the White House.
	byID := map[string]*Article{}
	for _, a := range as {
		byID[a.ID] = a
	}
	for _, e := range got {
		for _, m := range e.Mentions {
			if body := byID[m.Article].Body; body[m.Start:m.End] != m.Text || m.Entity != e.Name {
				t.Errorf("%s: mention %+v does not match the body %q", e.Name, m, body[m.Start:m.End])
			}
		}
	}
	an, err := Analyze(as)
	if err != nil {
		t.Fatal(err)
	}
	var headline []string
	for _, m := range an.SentenceMentions(as[1].ID, 0) {
		headline = append(headline, m.Entity+"="+m.Text)
	}
	if diff := cmp.Diff([]string{"White House=White House", "Russia=Russia", "United States=U.S."}, headline); diff != "" {
		t.Errorf("headline mentions (-want +got):\n%s", diff)
	}
	putin, _ := an.Entity("Vladimir Putin")
	if diff := cmp.Diff([]string{"Russian President"}, putin.Roles); diff != "" {
		t.Errorf("Putin's roles (-want +got):\n%s", diff)
	}
}

// quoteSummary is what the tests compare of a Quote.
type quoteSummary struct {
	Sentence int
	Direct   bool
	Verb     string
	Speaker  string // Speaker.Text
	Entity   string
	Place    string
	Text     string
}

func summarizeQuotes(qs []Quote) []quoteSummary {
	var out []quoteSummary
	for _, q := range qs {
		out = append(out, quoteSummary{q.Sentence, q.Direct, q.Verb, q.Speaker.Text, q.Speaker.Entity, q.Speaker.Place, q.Text})
	}
	return out
}

func TestQuotesSeeds(t *testing.T) {
	as := seedArticles(t)
	an, err := Analyze(as)
	if err != nil {
		t.Fatal(err)
	}
	// The claim about the two cities, made by Putin in one seed and by
	// Russian officials in the other.
	tests := []struct {
		article  int
		sentence int
		want     []quoteSummary
	}{
		{0, 11, []quoteSummary{{11, false, "claimed", "Putin", "Vladimir Putin", "Russia",
			"Russian forces had taken control of two Ukrainian cities in the eastern theater, an assertion that may be intended to underscore Russia’s perceived battlefield advantage"}}},
		{1, 13, []quoteSummary{{13, false, "claimed", "Russian officials", "", "Russia", "their forces seized two contested Ukrainian cities"}}},
		{0, 4, []quoteSummary{{4, true, "told", "White House press secretary Karoline Leavitt", "Karoline Leavitt", "United States", "I think the administration feels very optimistic"}}},
		// The quotation goes on in the next two sentences.
		{0, 5, []quoteSummary{{5, true, "", "White House press secretary Karoline Leavitt", "Karoline Leavitt", "United States", "They had very good talks with the Ukrainians in Florida"}}},
		{0, 6, []quoteSummary{{6, true, "", "White House press secretary Karoline Leavitt", "Karoline Leavitt", "United States", "And now, of course, Special Envoy Witkoff is on his way to Russia"}}},
		// "She added" is Leavitt, the subject of the sentence before.
		{0, 18, []quoteSummary{
			{18, false, "added", "She", "Karoline Leavitt", "United States", "the administration felt “quite good” and was hopeful the work could lead to an end to the conflict"},
			{18, true, "added", "She", "Karoline Leavitt", "United States", "quite good"},
		}},
		// "He said": Zelenskyy, not Macron, whom he met.
		{1, 17, []quoteSummary{
			{17, false, "said", "He", "Volodymyr Zelenskyy", "Ukraine", "European unity remains essential, noting several “tough issues” remain unresolved in negotiations"},
			{17, true, "said", "He", "Volodymyr Zelenskyy", "Ukraine", "tough issues"},
		}},
		// "... and said": the subject that opens the sentence.
		{1, 12, []quoteSummary{
			{12, false, "said", "Putin", "Vladimir Putin", "Russia", "negotiating with President Volodymyr Zelenskyy was “pointless.”"},
			{12, true, "said", "Putin", "Vladimir Putin", "Russia", "pointless"},
		}},
		// An appositive between the subject and the verb.
		{1, 18, []quoteSummary{
			{18, false, "reported", "Rustem Umerov", "Rustem Umerov", "Ukraine", "“significant progress” in the U.S. meetings but added that some points still need refinement"},
			{18, true, "reported", "Rustem Umerov", "Rustem Umerov", "Ukraine", "significant progress"},
			{18, false, "added", "Rustem Umerov", "Rustem Umerov", "Ukraine", "some points still need refinement"},
		}},
		// "according to Western reports" inside Putin's claim is not a claim of its own;
		// a scare quote without a verb of saying has no speaker.
		{0, 10, []quoteSummary{{10, true, "", "", "", "", "pointless"}}},
		// "Officials have not disclosed" claims nothing.
		{1, 22, nil},
	}
	for _, tc := range tests {
		a := as[tc.article]
		got := an.SentenceQuotes(a.ID, tc.sentence)
		if diff := cmp.Diff(tc.want, summarizeQuotes(got)); diff != "" {
			t.Errorf("%s sentence %d: %q\nquotes (-want +got):\n%s", a.ID, tc.sentence, Split(a)[tc.sentence].Text, diff)
		}
		for _, q := range got {
			if a.Body[q.Start:q.End] != q.Text || q.Speaker.Text != "" && a.Body[q.Speaker.Start:q.Speaker.End] != q.Speaker.Text {
				t.Errorf("quote %+v: offsets do not match the body", q)
			}
		}
	}
}

func TestAnalyzeErrors(t *testing.T) {
	an, err := Analyze(nil)
	if err != nil || len(an.Entities) != 0 || len(an.Quotes) != 0 || an.SentenceMentions("x", 0) != nil {
		t.Errorf("Analyze(nil) = %+v, %v; want an empty analysis", an, err)
	}
	ok := &Article{ID: "a", Body: "Jane Roe said it."}
	tests := []struct {
		name string
		in   []*Article
		want error
	}{
		{"nil article", []*Article{ok, nil}, ErrEmpty},
		{"empty body", []*Article{{ID: "b", Body: "  "}}, ErrEmpty},
		{"invalid UTF-8", []*Article{{ID: "c", Body: "Jane \xff Roe"}}, ErrInvalidUTF8},
		{"duplicate ID", []*Article{ok, ok}, ErrDuplicateID},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Analyze(tc.in)
			if !errors.Is(err, tc.want) {
				t.Errorf("Analyze: error %v, want %v", err, tc.want)
			}
			if _, err2 := Entities(tc.in); !errors.Is(err2, tc.want) {
				t.Errorf("Entities: error %v, want %v", err2, tc.want)
			}
		})
	}
}

func TestEntityTypeText(t *testing.T) {
	for _, typ := range []EntityType{EntityOther, EntityPerson, EntityOrg, EntityPlace} {
		b, err := json.Marshal(typ)
		if err != nil {
			t.Fatal(err)
		}
		var back EntityType
		if err := json.Unmarshal(b, &back); err != nil || back != typ {
			t.Errorf("%v: JSON %s read back as %v, %v", typ, b, back, err)
		}
	}
	if s := EntityType(9).String(); s != "EntityType(9)" {
		t.Errorf("EntityType(9).String() = %q", s)
	}
	var typ EntityType
	if err := typ.UnmarshalText([]byte("planet")); err == nil || !strings.Contains(err.Error(), "planet") {
		t.Errorf("UnmarshalText(planet) = %v, want an error naming it", err)
	}
}

// FuzzAnalyze analyses two fuzzed bodies and checks that Analyze never
// panics, fails only with an article error, and gives mentions and quotes
// inside their articles and sentences.
func FuzzAnalyze(f *testing.F) {
	texts := fuzzSeedTexts(f)
	for i, s := range texts {
		f.Add(s, texts[(i+1)%len(texts)])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		articles := []*Article{{ID: "a", Body: a}, {ID: "b", Body: b}}
		var an *Analysis
		var err error
		finishes(t, "Analyze", [2]string{a, b}, func() { an, err = Analyze(articles) })
		if err != nil {
			var ae *ArticleError
			if !errors.As(err, &ae) {
				t.Fatalf("Analyze error %v is not an *ArticleError", err)
			}
			return
		}
		checkMentions(t, articles, an.Entities)
		byID := map[string]*Article{"a": articles[0], "b": articles[1]}
		segments := map[string][]Sentence{"a": Split(articles[0]), "b": Split(articles[1])}
		for _, q := range an.Quotes {
			art := byID[q.Article]
			segs := segments[q.Article]
			if q.Sentence < 0 || q.Sentence >= len(segs) || q.Start < segs[q.Sentence].Start || q.End > segs[q.Sentence].End || q.Start > q.End {
				t.Fatalf("quote %+v is outside its sentence", q)
			}
			if art.Body[q.Start:q.End] != q.Text {
				t.Fatalf("quote %+v does not match the body", q)
			}
			if sp := q.Speaker; sp.Start < 0 || sp.End > len(art.Body) || sp.Start > sp.End || art.Body[sp.Start:sp.End] != sp.Text {
				t.Fatalf("speaker %+v does not match the body", sp)
			}
		}
		for i, e := range an.Entities {
			for j := i + 1; j < len(an.Entities); j++ {
				if an.Entities[j].Name == e.Name && an.Entities[j].Type == e.Type {
					t.Errorf("two entities named %q", e.Name)
				}
			}
		}
	})
}

// eventArticles reads every article of the multi-source events in
// testdata/events.
func eventArticles(b *testing.B) []*Article {
	b.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "events", "*", "*.txt"))
	if err != nil || len(files) == 0 {
		b.Fatalf("event files: %v %v", files, err)
	}
	var as []*Article
	for _, f := range files {
		a, err := ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		a.ID = filepath.Base(filepath.Dir(f)) + "/" + a.ID
		as = append(as, a)
	}
	return as
}

// BenchmarkAnalyze measures extraction throughput (bytes of body per
// second): on the two seeds, on every article of testdata/events at once
// (distinct stories, so many names), and on one body of about 1 MB made of
// the seeds repeated.
func BenchmarkAnalyze(b *testing.B) {
	seeds := seedArticles(b)
	cases := []struct {
		name     string
		articles []*Article
	}{
		{"seeds", seeds},
		{"events", eventArticles(b)},
	}
	for _, in := range benchInputs(b) {
		if strings.HasPrefix(in.name, "size=") {
			cases = append(cases, struct {
				name     string
				articles []*Article
			}{in.name, []*Article{{ID: "big", Body: in.body}}})
		}
	}
	for _, c := range cases {
		n := 0
		for _, a := range c.articles {
			n += len(a.Body)
		}
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(n))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				an, err := Analyze(c.articles)
				if err != nil || len(an.Entities) == 0 {
					b.Fatal(err, "no entities")
				}
			}
		})
	}
}

// TestAnalyzeConcurrent runs Analyze from several goroutines (run it with
// -race) and checks they all get the same result.
func TestAnalyzeConcurrent(t *testing.T) {
	as := seedArticles(t)
	want, err := Analyze(as)
	if err != nil {
		t.Fatal(err)
	}
	results := make(chan *Analysis, 4)
	for i := 0; i < cap(results); i++ {
		go func() {
			an, _ := Analyze(as)
			results <- an
		}()
	}
	for i := 0; i < cap(results); i++ {
		got := <-results
		if diff := cmp.Diff(want.Entities, got.Entities); diff != "" {
			t.Errorf("concurrent Analyze (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff(want.Quotes, got.Quotes); diff != "" {
			t.Errorf("concurrent Analyze quotes (-want +got):\n%s", diff)
		}
	}
}

// BenchmarkAnalyzeLongSentence measures Analyze on one long sentence made
// of a phrase repeated: a sentence with as many attributions as words over
// four, of a bare verb ("said"), after quotations ("quotes") and before a
// phrase of time or place ("adjuncts"). The time should grow with the
// sentence, not with its square.
func BenchmarkAnalyzeLongSentence(b *testing.B) {
	shapes := []struct{ name, phrase string }{
		{"said", "Smith said Jones said "},
		{"quotes", "\u201CYes\u201D Smith said and \u201Cno\u201D Jones said "},
		{"adjuncts", "Smith said at noon Jones said in Paris "},
	}
	for _, sh := range shapes {
		for _, n := range []int{500, 1000, 2000, 4000} {
			b.Run(sh.name+"/repeats="+strconv.Itoa(n), func(b *testing.B) {
				body := "Smith and Jones met. " + strings.Repeat(sh.phrase, n) + "the talks failed."
				arts := []*Article{{ID: "a", Body: body}}
				b.SetBytes(int64(len(body)))
				b.ReportAllocs()
				for i := 0; i < b.N; i++ {
					if _, err := Analyze(arts); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
