package newsmerge_test

import (
	"errors"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/newsmerge/newsmerge"
)

// A nilCase calls one exported function or method with nil or zero values.
// It must not panic; it must give want and an error that errors.Is wantErr
// (no error when wantErr is nil).
type nilCase struct {
	name    string
	run     func() (any, error)
	want    any
	wantErr error
}

func runNilCases(t *testing.T, cases []nilCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var got any
			var err error
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Fatalf("panic: %v", r)
					}
				}()
				got, err = tc.run()
			}()
			switch {
			case tc.wantErr == nil && err != nil:
				t.Fatalf("error %v, want none", err)
			case tc.wantErr != nil && !errors.Is(err, tc.wantErr):
				t.Fatalf("error %v, want one wrapping %v", err, tc.wantErr)
			case err != nil && (!strings.HasPrefix(err.Error(), "newsmerge: ") || strings.Contains(err.Error(), "*")):
				t.Errorf("error %q does not start with \"newsmerge: \" or names a Go type", err)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("result (-want +got):\n%s", diff)
			}
		})
	}
}

func TestNilArticles(t *testing.T) {
	var nilArticle *newsmerge.Article
	var nilErr *newsmerge.ArticleError
	runNilCases(t, []nilCase{
		{name: "Split(nil)", run: func() (any, error) { return newsmerge.Split(nil), nil }, want: []newsmerge.Sentence(nil)},
		{name: "Split(zero)", run: func() (any, error) { return newsmerge.Split(&newsmerge.Article{}), nil }, want: []newsmerge.Sentence(nil)},
		{name: "nil Validate", run: func() (any, error) { return nil, nilArticle.Validate() }, wantErr: newsmerge.ErrEmpty},
		{name: "zero Validate", run: func() (any, error) { return nil, (&newsmerge.Article{}).Validate() }, wantErr: newsmerge.ErrEmpty},
		{name: "nil ArticleError.Error", run: func() (any, error) { return nilErr.Error(), nil }, want: "newsmerge: article error: nil value"},
		{name: "nil ArticleError.Unwrap", run: func() (any, error) { return nilErr.Unwrap(), nil }, want: error(nil)},
		{name: "ParseText nil reader", run: func() (any, error) { return newsmerge.ParseText("a", nil) }, want: (*newsmerge.Article)(nil), wantErr: newsmerge.ErrNil},
		{name: "ParseJSON nil reader", run: func() (any, error) { return newsmerge.ParseJSON("a", nil) }, want: (*newsmerge.Article)(nil), wantErr: newsmerge.ErrNil},
		{name: "ParseText empty", run: func() (any, error) { return newsmerge.ParseText("a", strings.NewReader("")) }, want: (*newsmerge.Article)(nil), wantErr: newsmerge.ErrEmpty},
	})
}

func TestNilScorer(t *testing.T) {
	var nilScorer *newsmerge.Scorer
	var nilWeights *newsmerge.Weights
	def := newsmerge.NewScorer()
	a := def.Prepare("Police arrested three men on Tuesday in the port of Vaasa.")
	b := def.Prepare("Three men were arrested by police in Vaasa on Tuesday.")
	empty := def.Prepare("")
	article := &newsmerge.Article{ID: "a", Body: "Police arrested three men on Tuesday in the port of Vaasa. The men were charged with arson."}
	pa := def.PrepareArticle(article)
	runNilCases(t, []nilCase{
		{name: "nil Scorer Prepare and Compare", run: func() (any, error) {
			return nilScorer.Compare(nilScorer.Prepare(a.Text), nilScorer.Prepare(b.Text)), nil
		}, want: def.Compare(a, b)},
		{name: "nil Scorer Similar", run: func() (any, error) { return nilScorer.Similar(a, b), nil }, want: def.Similar(a, b)},
		{name: "nil Scorer Link", run: func() (any, error) { l, _ := nilScorer.Link(a, b); return l, nil }, want: newsmerge.LinkSame},
		{name: "nil Scorer CompareArticles", run: func() (any, error) {
			return nilScorer.CompareArticles(nilScorer.PrepareArticle(article), pa).Value, nil
		}, want: 1.0},
		{name: "Compare(nil, nil)", run: func() (any, error) { return def.Compare(nil, nil), nil }, want: def.Compare(empty, empty)},
		{name: "Compare(nil, a)", run: func() (any, error) { return def.Compare(nil, a), nil }, want: def.Compare(empty, a)},
		{name: "Compare(zero, a)", run: func() (any, error) { return def.Compare(&newsmerge.Prepared{Text: "x y"}, a), nil }, want: def.Compare(empty, a)},
		{name: "Link(nil, a)", run: func() (any, error) { l, _ := def.Link(nil, a); return l, nil }, want: newsmerge.LinkNone},
		{name: "Link(a, nil)", run: func() (any, error) { l, _ := def.Link(a, nil); return l, nil }, want: newsmerge.LinkNone},
		{name: "Similar(nil, nil)", run: func() (any, error) { return def.Similar(nil, nil), nil }, want: false},
		{name: "PrepareArticle(nil)", run: func() (any, error) {
			p := def.PrepareArticle(nil)
			return []any{p.Article, p.Sentences}, nil
		}, want: []any{(*newsmerge.Article)(nil), []newsmerge.Sentence(nil)}},
		{name: "CompareArticles(nil, nil)", run: func() (any, error) { return def.CompareArticles(nil, nil), nil }, want: newsmerge.ArticleScore{}},
		{name: "CompareArticles(nil, a)", run: func() (any, error) { return def.CompareArticles(nil, pa), nil }, want: newsmerge.ArticleScore{}},
		{name: "CompareArticles(a, zero)", run: func() (any, error) { return def.CompareArticles(pa, &newsmerge.PreparedArticle{}), nil }, want: newsmerge.ArticleScore{}},
		{name: "CompareArticles(a, PrepareArticle(nil))", run: func() (any, error) { return def.CompareArticles(pa, def.PrepareArticle(nil)), nil }, want: newsmerge.ArticleScore{}},
		{name: "zero Scorer", run: func() (any, error) {
			var z newsmerge.Scorer
			return z.Similar(z.Prepare(a.Text), z.Prepare(b.Text)), nil
		}, want: true},
		{name: "nil Weights Add", run: func() (any, error) { nilWeights.Add("Police arrested three men."); return nilWeights.Texts(), nil }, want: 0},
		{name: "zero Weights Add", run: func() (any, error) {
			var w newsmerge.Weights
			w.Add("Police arrested three men.")
			w.Add("Three men were arrested.")
			return w.Texts(), nil
		}, want: 2},
		{name: "zero Weights weigh as NewWeights", run: func() (any, error) {
			var zero newsmerge.Weights
			zero.Add(a.Text)
			zero.Add("Police said on Tuesday.")
			s := &newsmerge.Scorer{Weights: &zero}
			return s.Compare(s.Prepare(a.Text), s.Prepare(b.Text)), nil
		}, want: func() newsmerge.Score {
			w := newsmerge.NewWeights()
			w.Add(a.Text)
			w.Add("Police said on Tuesday.")
			s := &newsmerge.Scorer{Weights: w}
			return s.Compare(s.Prepare(a.Text), s.Prepare(b.Text))
		}()},
	})
}

func TestNilResults(t *testing.T) {
	var nilFP *newsmerge.Fingerprint
	var nilAnalysis *newsmerge.Analysis
	var nilStory *newsmerge.Story
	fp, err := newsmerge.NewFingerprint(&newsmerge.Article{ID: "a", Body: "Police arrested three men on Tuesday in Vaasa."}, nil)
	if err != nil {
		t.Fatal(err)
	}
	story := &newsmerge.Story{Title: "Arrests in Vaasa"}
	var b strings.Builder
	runNilCases(t, []nilCase{
		{name: "nil Fingerprint Jaccard", run: func() (any, error) { return []float64{nilFP.Jaccard(fp), fp.Jaccard(nil), nilFP.Jaccard(nil)}, nil }, want: []float64{0, 0, 0}},
		{name: "nil Fingerprint Estimate", run: func() (any, error) { return []float64{nilFP.Estimate(fp), fp.Estimate(nil), nilFP.Estimate(nil)}, nil }, want: []float64{0, 0, 0}},
		{name: "zero Fingerprint", run: func() (any, error) {
			z := &newsmerge.Fingerprint{}
			return []float64{z.Jaccard(fp), z.Estimate(fp), fp.Jaccard(z), fp.Estimate(z)}, nil
		}, want: []float64{0, 0, 0, 0}},
		{name: "nil Analysis Entity", run: func() (any, error) { _, ok := nilAnalysis.Entity("Vaasa"); return ok, nil }, want: false},
		{name: "nil Analysis SentenceMentions", run: func() (any, error) { return nilAnalysis.SentenceMentions("a", 0), nil }, want: []newsmerge.Mention(nil)},
		{name: "nil Analysis SentenceQuotes", run: func() (any, error) { return nilAnalysis.SentenceQuotes("a", 0), nil }, want: []newsmerge.Quote(nil)},
		{name: "zero Analysis", run: func() (any, error) { return (&newsmerge.Analysis{}).SentenceMentions("a", 0), nil }, want: []newsmerge.Mention(nil)},
		{name: "nil Story WriteText", run: func() (any, error) { return nil, nilStory.WriteText(&b) }, wantErr: newsmerge.ErrNil},
		{name: "nil Story WriteMarkdown", run: func() (any, error) { return nil, nilStory.WriteMarkdown(&b) }, wantErr: newsmerge.ErrNil},
		{name: "nil Story WriteJSON", run: func() (any, error) { return nil, nilStory.WriteJSON(&b) }, wantErr: newsmerge.ErrNil},
		{name: "nothing written for nil", run: func() (any, error) { return b.String(), nil }, want: ""},
		{name: "WriteText nil writer", run: func() (any, error) { return nil, story.WriteText(nil) }, wantErr: newsmerge.ErrNil},
		{name: "WriteMarkdown nil writer", run: func() (any, error) { return nil, story.WriteMarkdown(nil) }, wantErr: newsmerge.ErrNil},
		{name: "WriteJSON nil writer", run: func() (any, error) { return nil, story.WriteJSON(nil) }, wantErr: newsmerge.ErrNil},
		{name: "zero Story WriteText", run: func() (any, error) { return nil, (&newsmerge.Story{}).WriteText(&b) }},
		{name: "zero StorySentence Articles", run: func() (any, error) { return newsmerge.StorySentence{}.Articles(), nil }, want: []string(nil)},
		{name: "zero Group Articles", run: func() (any, error) { return newsmerge.Group{}.Articles(), nil }, want: []*newsmerge.Article{}},
		{name: "zero Member MarshalJSON", run: func() (any, error) {
			j, err := newsmerge.Member{}.MarshalJSON()
			return string(j), err
		}, want: `{"id":"","relation":"unrelated","score":0}`},
		{name: "nil Link UnmarshalText", run: func() (any, error) { return nil, (*newsmerge.Link)(nil).UnmarshalText([]byte("same")) }, wantErr: newsmerge.ErrNil},
		{name: "nil Relation UnmarshalText", run: func() (any, error) { return nil, (*newsmerge.Relation)(nil).UnmarshalText([]byte("exact")) }, wantErr: newsmerge.ErrNil},
		{name: "nil Role UnmarshalText", run: func() (any, error) { return nil, (*newsmerge.Role)(nil).UnmarshalText([]byte("body")) }, wantErr: newsmerge.ErrNil},
		{name: "nil Agreement UnmarshalText", run: func() (any, error) { return nil, (*newsmerge.Agreement)(nil).UnmarshalText([]byte("agree")) }, wantErr: newsmerge.ErrNil},
		{name: "nil EntityType UnmarshalText", run: func() (any, error) { return nil, (*newsmerge.EntityType)(nil).UnmarshalText([]byte("person")) }, wantErr: newsmerge.ErrNil},
		{name: "nil ValueKind UnmarshalText", run: func() (any, error) { return nil, (*newsmerge.ValueKind)(nil).UnmarshalText([]byte("count")) }, wantErr: newsmerge.ErrNil},
		{name: "zero Score Signal", run: func() (any, error) { return newsmerge.Score{}.Signal(newsmerge.SignalOverlap), nil }, want: 0.0},
		{name: "zero Value Key", run: func() (any, error) { return newsmerge.Value{}.Key(), nil }, want: "0"},
		{name: "empty Similarity", run: func() (any, error) { return newsmerge.Similarity("", "").Value < 0.1, nil }, want: true},
		{name: "empty Values", run: func() (any, error) { return newsmerge.Values(""), nil }, want: []newsmerge.Value(nil)},
		{name: "empty Tokenize", run: func() (any, error) { return newsmerge.Tokenize(""), nil }, want: []newsmerge.Token(nil)},
	})
}

func TestNilIndex(t *testing.T) {
	var nilIndex *newsmerge.Index
	body := "Police arrested three men on Tuesday in the port of Vaasa after a fire destroyed a warehouse. " +
		"The men, aged 19 to 24, were charged with arson, a police spokesman said. " +
		"The warehouse belonged to a shipping company that had closed it last year."
	a := &newsmerge.Article{ID: "a", Body: body}
	b := &newsmerge.Article{ID: "b", Body: body + " Nobody was hurt."}
	// queryBoth adds a to idx and queries b, as the zero Index and one made
	// by NewIndex must answer alike.
	queryBoth := func(idx *newsmerge.Index) (any, error) {
		if err := idx.Add(a); err != nil {
			return nil, err
		}
		ms, err := idx.Query(b)
		bands, rows := idx.Bands()
		return []any{ms, idx.Len(), bands, rows}, err
	}
	want, err := queryBoth(mustIndex(t))
	if err != nil {
		t.Fatal(err)
	}
	var saved strings.Builder
	if _, err := mustIndex(t).WriteTo(&saved); err != nil {
		t.Fatal(err)
	}
	runNilCases(t, []nilCase{
		{name: "zero Index answers as NewIndex(nil)", run: func() (any, error) { var idx newsmerge.Index; return queryBoth(&idx) }, want: want},
		{name: "zero Index Len", run: func() (any, error) { var idx newsmerge.Index; return idx.Len(), nil }, want: 0},
		{name: "zero Index Remove", run: func() (any, error) { var idx newsmerge.Index; return idx.Remove("a"), nil }, want: false},
		{name: "zero Index RemoveBefore", run: func() (any, error) { var idx newsmerge.Index; return idx.RemoveBefore(time.Now()), nil }, want: 0},
		{name: "zero Index writes as NewIndex(nil)", run: func() (any, error) {
			var idx newsmerge.Index
			var out strings.Builder
			_, err := idx.WriteTo(&out)
			return out.String() == saved.String(), err
		}, want: true},
		{name: "zero Index ReadFrom", run: func() (any, error) {
			var idx newsmerge.Index
			_, err := idx.ReadFrom(strings.NewReader(saved.String()))
			return idx.Len(), err
		}, want: 0},
		{name: "zero Index Query nil", run: func() (any, error) { var idx newsmerge.Index; return idx.Query(nil) }, want: []newsmerge.Match(nil), wantErr: newsmerge.ErrEmpty},
		{name: "nil Index Add", run: func() (any, error) { return nil, nilIndex.Add(a) }, wantErr: newsmerge.ErrNil},
		{name: "nil Index Query", run: func() (any, error) { return nilIndex.Query(a) }, want: []newsmerge.Match(nil), wantErr: newsmerge.ErrNil},
		{name: "nil Index WriteTo", run: func() (any, error) { return nilIndex.WriteTo(&strings.Builder{}) }, want: int64(0), wantErr: newsmerge.ErrNil},
		{name: "nil Index ReadFrom", run: func() (any, error) { return nilIndex.ReadFrom(strings.NewReader(saved.String())) }, want: int64(0), wantErr: newsmerge.ErrNil},
		{name: "nil Index Len", run: func() (any, error) { return nilIndex.Len(), nil }, want: 0},
		{name: "nil Index Bands", run: func() (any, error) { b, r := nilIndex.Bands(); return [2]int{b, r}, nil }, want: [2]int{0, 0}},
		{name: "nil Index Remove", run: func() (any, error) { return nilIndex.Remove("a"), nil }, want: false},
		{name: "nil Index RemoveBefore", run: func() (any, error) { return nilIndex.RemoveBefore(time.Now()), nil }, want: 0},
		{name: "WriteTo nil writer", run: func() (any, error) { return mustIndex(t).WriteTo(nil) }, want: int64(0), wantErr: newsmerge.ErrNil},
		{name: "ReadFrom nil reader", run: func() (any, error) { return mustIndex(t).ReadFrom(nil) }, want: int64(0), wantErr: newsmerge.ErrNil},
		{name: "Add nil article", run: func() (any, error) { return nil, mustIndex(t).Add(nil) }, wantErr: newsmerge.ErrEmpty},
		{name: "NewFingerprint nil article", run: func() (any, error) { return newsmerge.NewFingerprint(nil, nil) }, want: (*newsmerge.Fingerprint)(nil), wantErr: newsmerge.ErrEmpty},
		{name: "GroupArticles nil article", run: func() (any, error) {
			return newsmerge.GroupArticles([]*newsmerge.Article{a, nil}, nil)
		}, want: []newsmerge.Group(nil), wantErr: newsmerge.ErrEmpty},
		{name: "LSHBands zero", run: func() (any, error) { b, r := newsmerge.LSHBands(0, 0, 0); return [2]int{b, r}, nil }, want: [2]int{0, 1}},
		{name: "LSHBands negative", run: func() (any, error) { b, r := newsmerge.LSHBands(-5, 0.7, 0.01); return [2]int{b, r}, nil }, want: [2]int{0, 1}},
		{name: "GroupArticles none", run: func() (any, error) { return newsmerge.GroupArticles(nil, nil) }, want: []newsmerge.Group(nil)},
	})
}

// TestZeroIndexConcurrent sets up a zero Index from many goroutines at
// once; run with -race.
func TestZeroIndexConcurrent(t *testing.T) {
	var idx newsmerge.Index
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			a := &newsmerge.Article{ID: strconv.Itoa(i), Body: "Police arrested three men on Tuesday in the port of Vaasa."}
			if err := idx.Add(a); err != nil {
				t.Error(err)
			}
			if _, err := idx.Query(a); err != nil {
				t.Error(err)
			}
		}(i)
	}
	wg.Wait()
	if diff := cmp.Diff(8, idx.Len()); diff != "" {
		t.Errorf("Len (-want +got):\n%s", diff)
	}
}

func mustIndex(t *testing.T) *newsmerge.Index {
	t.Helper()
	idx, err := newsmerge.NewIndex(nil)
	if err != nil {
		t.Fatal(err)
	}
	return idx
}
