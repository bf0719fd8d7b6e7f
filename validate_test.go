package newsmerge_test

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsmerge/newsmerge"
)

// constMetric is a strutil.StringMetric that finds every pair of words
// alike to the same degree.
type constMetric float64

func (m constMetric) Compare(a, b string) float64 { return float64(m) }

func TestScorerValidate(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	for _, tc := range []struct {
		name   string
		scorer *newsmerge.Scorer
		want   string // the error, "" for none
	}{
		{"nil", nil, ""},
		{"zero", &newsmerge.Scorer{}, ""},
		{"default", newsmerge.NewScorer(), ""},
		{"ones", &newsmerge.Scorer{MinSpelling: 1, Threshold: 1}, ""},
		{"any metric", &newsmerge.Scorer{Metric: constMetric(nan)}, ""},
		{"min spelling NaN", &newsmerge.Scorer{MinSpelling: nan}, "newsmerge: scorer min spelling NaN is not a finite number"},
		{"min spelling infinite", &newsmerge.Scorer{MinSpelling: inf}, "newsmerge: scorer min spelling +Inf is not a finite number"},
		{"min spelling negative", &newsmerge.Scorer{MinSpelling: -0.1}, "newsmerge: scorer min spelling -0.1 out of range (0, 1]"},
		{"min spelling above 1", &newsmerge.Scorer{MinSpelling: 1.5}, "newsmerge: scorer min spelling 1.5 out of range (0, 1]"},
		{"threshold NaN", &newsmerge.Scorer{Threshold: nan}, "newsmerge: scorer threshold NaN is not a finite number"},
		{"threshold infinite", &newsmerge.Scorer{Threshold: -inf}, "newsmerge: scorer threshold -Inf is not a finite number"},
		{"threshold negative", &newsmerge.Scorer{Threshold: -1}, "newsmerge: scorer threshold -1 out of range (0, 1]"},
		{"threshold above 1", &newsmerge.Scorer{Threshold: 2}, "newsmerge: scorer threshold 2 out of range (0, 1]"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, errText(tc.scorer.Validate())); diff != "" {
				t.Errorf("Validate (-want +got):\n%s", diff)
			}
		})
	}
}

// TestOptionsValidated checks that the entry points taking options return
// the error of options out of range, the Scorer's included.
func TestOptionsValidated(t *testing.T) {
	articles := []*newsmerge.Article{
		{ID: "a", Body: "Police arrested three men on Tuesday in the port of Vaasa."},
		{ID: "b", Body: "Three men were arrested by police in Vaasa on Tuesday."},
	}
	bad := &newsmerge.Scorer{Threshold: math.NaN()}
	badErr := "newsmerge: scorer threshold NaN is not a finite number"
	for _, tc := range []struct {
		name string
		run  func() error
		want string
	}{
		{"Merge nil options", func() error { _, err := newsmerge.Merge(articles, nil); return err }, ""},
		{"Merge MinAlign above 1", func() error { _, err := newsmerge.Merge(articles, &newsmerge.Options{MinAlign: 2}); return err }, ""},
		{"Merge MinAlign NaN", func() error {
			_, err := newsmerge.Merge(articles, &newsmerge.Options{MinAlign: math.NaN()})
			return err
		}, "newsmerge: min align NaN is not a finite number"},
		{"Merge MinAlign infinite", func() error {
			_, err := newsmerge.Merge(articles, &newsmerge.Options{MinAlign: math.Inf(1)})
			return err
		}, "newsmerge: min align +Inf is not a finite number"},
		{"Merge MinAlign negative", func() error { _, err := newsmerge.Merge(articles, &newsmerge.Options{MinAlign: -0.5}); return err }, "newsmerge: min align -0.5 is negative"},
		{"Merge bad Scorer", func() error { _, err := newsmerge.Merge(articles, &newsmerge.Options{Scorer: bad}); return err }, badErr},
		{"Merge bad options before no articles", func() error { _, err := newsmerge.Merge(nil, &newsmerge.Options{Scorer: bad}); return err }, badErr},
		{"NewIndex bad Scorer", func() error { _, err := newsmerge.NewIndex(&newsmerge.DedupOptions{Scorer: bad}); return err }, badErr},
		{"NewFingerprint bad Scorer", func() error {
			_, err := newsmerge.NewFingerprint(articles[0], &newsmerge.DedupOptions{Scorer: bad})
			return err
		}, badErr},
		{"GroupArticles bad Scorer", func() error {
			_, err := newsmerge.GroupArticles(articles, &newsmerge.DedupOptions{Scorer: bad})
			return err
		}, badErr},
		{"GroupArticles bad Scorer, rewrites off", func() error {
			_, err := newsmerge.GroupArticles(articles, &newsmerge.DedupOptions{MinRewrite: 2, Scorer: &newsmerge.Scorer{MinSpelling: -1}})
			return err
		}, "newsmerge: scorer min spelling -1 out of range (0, 1]"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, errText(tc.run())); diff != "" {
				t.Errorf("error (-want +got):\n%s", diff)
			}
		})
	}
}

// TestMetricOutOfRange checks that a Metric giving values outside [0, 1]
// cannot take scores out of it: above 1 counts as 1, NaN and values below
// MinSpelling as no match.
func TestMetricOutOfRange(t *testing.T) {
	a, b := "Zelensky met Biden in Kyiv on Monday.", "Zelenskyy met Biden in Kiev on Monday."
	score := func(s *newsmerge.Scorer) newsmerge.Score { return s.Compare(s.Prepare(a), s.Prepare(b)) }
	none := score(&newsmerge.Scorer{})
	one := score(&newsmerge.Scorer{Metric: constMetric(1)})
	if cmp.Equal(none, one) {
		t.Fatal("the metric makes no difference to the test sentences")
	}
	for _, tc := range []struct {
		name   string
		scorer *newsmerge.Scorer
		want   newsmerge.Score
	}{
		{"above 1", &newsmerge.Scorer{Metric: constMetric(7)}, one},
		{"infinite", &newsmerge.Scorer{Metric: constMetric(math.Inf(1))}, one},
		{"NaN", &newsmerge.Scorer{Metric: constMetric(math.NaN())}, none},
		{"negative", &newsmerge.Scorer{Metric: constMetric(-1)}, none},
		{"negative infinite", &newsmerge.Scorer{Metric: constMetric(math.Inf(-1))}, none},
		{"NaN min spelling is the default", &newsmerge.Scorer{MinSpelling: math.NaN(), Metric: constMetric(newsmerge.DefaultMinSpelling)}, score(&newsmerge.Scorer{Metric: constMetric(newsmerge.DefaultMinSpelling)})},
		{"min spelling above 1 matches no spelling", &newsmerge.Scorer{MinSpelling: 1.5, Metric: constMetric(1)}, none},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := score(tc.scorer)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Compare (-want +got):\n%s", diff)
			}
			for _, v := range append([]float64{got.Value, got.Core}, signalValues(got)...) {
				if !(v >= 0 && v <= 1) {
					t.Errorf("value %v out of [0, 1] in %+v", v, got)
				}
			}
		})
	}
}

func signalValues(sc newsmerge.Score) []float64 {
	var out []float64
	for _, s := range sc.Signals {
		out = append(out, s.Value)
	}
	return out
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
