package similarity

import (
	"encoding/json"
	"fmt"
	"math"
	"math/rand"
	"strings"
	"testing"

	"github.com/adrg/strutil"
	"github.com/adrg/strutil/metrics"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/newsmerge/newsmerge/internal/lexicon"
	"github.com/newsmerge/newsmerge/segment"
	"github.com/newsmerge/newsmerge/text"
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
		{"month names as verbs are not dates", "The protesters may gather outside parliament.", "The protesters will march outside parliament.", details{Absent, Absent, Absent}},
		{"capitalised months are dates", "The vote is in May.", "The vote is in March.", details{Differ, Absent, Absent}},
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

// TestWordRelations checks the word-level mechanisms behind the signals:
// contraries and negating prefixes flip polarity (and two flips cancel
// out), verbs that negate through "to", fractions as numbers, synonyms,
// actions that undo each other, and subjects and objects trading places.
func TestWordRelations(t *testing.T) {
	type got struct {
		Numbers, Negation Agreement
		Signals           map[string]float64
	}
	tests := []struct {
		name    string
		a, b    string
		want    got
		signals []string // the signals to compare
	}{
		{"contrary verbs", "The board approved the merger.", "The board rejected the merger.", got{Absent, Differ, map[string]float64{SignalNegation: 0}}, []string{SignalNegation}},
		{"contrary through a synonym group", "The bank raised rates.", "The bank cut rates.", got{Absent, Differ, map[string]float64{SignalNegation: 0}}, []string{SignalNegation}},
		{"contrary and negation cancel out", "The board approved the merger.", "The board did not reject the merger.", got{Absent, Agree, map[string]float64{SignalNegation: 1}}, []string{SignalNegation}},
		{"negating prefix", "A deal is likely this week.", "A deal is unlikely this week.", got{Absent, Differ, map[string]float64{SignalNegation: 0}}, []string{SignalNegation}},
		{"short words take no prefix", "The union met.", "The ion met.", got{Absent, Absent, map[string]float64{SignalNegation: 1}}, []string{SignalNegation}},
		{"failed to negates", "The talks produced a deal.", "The talks failed to produce a deal.", got{Absent, Differ, map[string]float64{SignalNegation: 0}}, []string{SignalNegation}},
		{"failed to meets without", "The talks ended without a deal.", "The talks failed to produce a deal.", got{Absent, Agree, map[string]float64{SignalNegation: 1}}, []string{SignalNegation}},
		{"fractions are numbers", "Rates rose by half a point.", "Rates rose by a quarter of a point.", got{Differ, Absent, map[string]float64{SignalNumbers: 0}}, []string{SignalNumbers}},
		{"synonyms meet", "Two people were injured in the blast.", "Two people were hurt in the explosion.", got{Agree, Absent, map[string]float64{SignalWhat: 1}}, []string{SignalWhat}},
		{"percent spelt three ways", "Shares rose 5% on Monday.", "Shares rose 5 per cent on Monday.", got{Agree, Absent, map[string]float64{SignalOverlap: 1, SignalWords: 1}}, []string{SignalOverlap, SignalWords}},
		{"percent without a number stays a word", "The percent of voters rose.", "The share of voters rose.", got{Absent, Absent, map[string]float64{SignalWords: 0.8}}, []string{SignalWords}}, // four of five words on each side
		{"irregular past meets present", "Shares fell sharply.", "Shares fall sharply.", got{Absent, Absent, map[string]float64{SignalOverlap: 1}}, []string{SignalOverlap}},
		{"an action and its reverse", "The minister arrived in Beijing.", "The minister left Beijing.", got{Absent, Absent, map[string]float64{SignalActions: 0}}, []string{SignalActions}},
		{"common nouns trade places", "An officer shot a teenager.", "A teenager shot an officer.", got{Absent, Absent, map[string]float64{SignalRoles: 0}}, []string{SignalRoles}},
		{"passive read as such", "Police arrested three men.", "Three men were arrested by police.", got{Agree, Absent, map[string]float64{SignalRoles: 1}}, []string{SignalRoles}},
		{"passive hides a swap", "Whitfield was defeated by Alvarez.", "Whitfield defeated Alvarez.", got{Absent, Absent, map[string]float64{SignalRoles: 0}}, []string{SignalRoles}},
		{"verbs of saying are not the action", "Musk said Tesla would build a factory.", "Musk told reporters Tesla would build a factory.", got{Absent, Absent, map[string]float64{SignalPredicate: 1}}, []string{SignalPredicate}},
		{"an added clause", "The US responded coolly to the EU deadline.", "The US responded coolly to the EU deadline but pledged to comply with its obligations.", got{Absent, Absent, map[string]float64{SignalAdded: 1 - 3.8/addedWords, SignalReplaced: 1}}, []string{SignalAdded, SignalReplaced}}, // three content words and four function words (0.2 each) in one stretch
		{"words reworded one by one add nothing", "Two people were injured in the blast.", "Two people were hurt in the explosion.", got{Agree, Absent, map[string]float64{SignalAdded: 1, SignalReplaced: 1}}, []string{SignalAdded, SignalReplaced}},
		{"each says something else", "The minister arrived in Beijing on Monday for trade talks.", "The minister arrived in Beijing on Monday to visit a factory.", got{Agree, Absent, map[string]float64{SignalAdded: 1 - 2.4/addedWords, SignalReplaced: 1 - 2.2/addedWords}}, []string{SignalAdded, SignalReplaced}},
		{"another action of the same subject", "Musk said Tesla would build a factory.", "Musk said Tesla would cut prices.", got{Absent, Absent, map[string]float64{SignalPredicate: 0}}, []string{SignalPredicate}}, // "said", the one common word shared, is attribution
		{"attribution is not what is said", "The storm killed 12 people, officials said.", "The storm killed 12 people, according to officials.", got{Agree, Absent, map[string]float64{SignalWhat: 1}}, []string{SignalWhat}},
		{"attribution before the statement", "Police said two men were arrested.", "Two men were arrested, said police.", got{Agree, Absent, map[string]float64{SignalWhat: 1}}, []string{SignalWhat}},
		{"contrary verbs acting on two things of a kind", "The board approved the merger plan.", "The board rejected the pension plan.", got{Absent, Absent, map[string]float64{SignalNegation: 1, SignalActions: 0}}, []string{SignalNegation, SignalActions}},
		{"contrary verbs acting on objects with other heads", "Voters rejected the tax measure.", "Voters did not approve the tax proposal.", got{Absent, Agree, map[string]float64{SignalNegation: 1, SignalActions: 1}}, []string{SignalNegation, SignalActions}},
		{"contrary verbs differing in a number", "Voters approved 3 measures.", "Voters rejected 4 measures.", got{Differ, Differ, map[string]float64{SignalNegation: 0, SignalActions: 1}}, []string{SignalNegation, SignalActions}},
		{"contrary verbs acting on one thing", "The board approved the merger.", "The board rejected the merger.", got{Absent, Differ, map[string]float64{SignalNegation: 0, SignalActions: 1}}, []string{SignalNegation, SignalActions}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sc := Similarity(tc.a, tc.b)
			g := got{sc.Numbers, sc.Negation, map[string]float64{}}
			for _, name := range tc.signals {
				g.Signals[name] = sc.Signal(name)
			}
			if diff := cmp.Diff(tc.want, g, cmpopts.EquateApprox(0, 1e-9)); diff != "" {
				t.Errorf("Similarity(%q, %q) (-want +got):\n%s\n%s", tc.a, tc.b, diff, describeScore(sc))
			}
		})
	}
}

// FuzzSimilarity checks what Compare promises for any two texts: no panic,
// a Value and a Core in [0, 1], every signal in [0, 1].
func FuzzSimilarity(f *testing.F) {
	f.Add("Police arrested three men on Saturday.", "Three men were arrested by police on Saturday.")
	f.Add("The Senate approved the bill.", "The Senate did not reject the bill.")
	f.Add("Rates rose by half a point to 5.25%.", "Rates rose by a quarter of a point.")
	f.Add("", "!!!")
	f.Add("was by was by", "by was defeated by by")
	s := NewScorer()
	f.Fuzz(func(t *testing.T, a, b string) {
		sc := s.Compare(s.Prepare(a), s.Prepare(b))
		inRange := func(v float64) bool { return v >= 0 && v <= 1 }
		if !inRange(sc.Value) || !inRange(sc.Core) {
			t.Fatalf("Compare(%q, %q): Value %v, Core %v, want both in [0, 1]", a, b, sc.Value, sc.Core)
		}
		for _, sig := range sc.Signals {
			if !inRange(sig.Value) {
				t.Fatalf("Compare(%q, %q): signal %s = %v, want it in [0, 1]", a, b, sig.Name, sig.Value)
			}
		}
	})
}

// seedPairs returns the body sentences of the two seed articles as
// cross-article pairs: realistic news sentences, most of them unrelated.
func seedPairs(b *testing.B) (left, right []string) {
	b.Helper()
	for _, s := range segment.Split(readSeed(b, seedABC)) {
		if s.Role == segment.RoleBody {
			left = append(left, s.Text)
		}
	}
	for _, s := range segment.Split(readSeed(b, seedQuen)) {
		if s.Role == segment.RoleBody {
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
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pairs/s")
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

// TestAttributions checks which words Prepare takes for an attribution,
// who reported the statement, and so leaves out of SignalWhat.
func TestAttributions(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Two people were killed in the crash, police said.", []string{"police", "said"}},
		{"According to police, the crash killed two people.", []string{"according", "to", "police"}},
		{"Two men were arrested, said police.", []string{"said", "police"}},
		{"Smith told reporters the plan was dead.", []string{"smith", "told"}},
		{"He said the suspect had fled.", []string{"said"}},       // the suspect is what was said
		{"“We are ready,” she added.", []string{"added"}},         // "she" is a function word
		{"The company added 500 jobs.", nil},                      // "added" is what happened
		{"The bank posted a quarterly loss.", nil},                // so is "posted"
		{"Secretary of State Marco Rubio arrived in Paris.", nil}, // "State" is a name
		{"says says says", []string{"says", "says", "says"}},      // no verb of saying is another's subject
	}
	s := NewScorer()
	for _, tc := range tests {
		p := s.Prepare(tc.text)
		var got []string
		for _, tok := range p.toks {
			if tok.attribution {
				got = append(got, tok.folded)
			}
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("Prepare(%q) attribution (-want +got):\n%s", tc.text, diff)
		}
	}
}

// TestLexicon checks the word lists of internal/lexicon as the Scorer
// reads them: groups of two words or more, pairs of exactly two, no word
// (by its key) in two synonym groups, no pair inside one group, and
// irregular forms whose base is not itself listed as a past form.
func TestLexicon(t *testing.T) {
	seen := make(map[string]int) // key -> the group's line number
	lines := strings.Split(lexicon.SynonymGroups, "\n")
	for n, line := range lines {
		words := strings.Fields(line)
		if len(words) == 0 {
			continue
		}
		if len(words) < 2 {
			t.Errorf("synonym group %q has one word", line)
		}
		for _, w := range words {
			k := wordKey(w)
			if other, ok := seen[k]; ok && other != n {
				t.Errorf("%q (key %q) is in two synonym groups: %q and %q", w, k, lines[other], line)
			}
			seen[k] = n
		}
	}
	// Words whose stems a synonym group could catch by accident: "accord"
	// would make every "according to" half a "deal".
	for _, w := range []string{"according", "concerning", "regarding", "following", "closely", "effective", "including"} {
		if line, ok := seen[wordKey(w)]; ok {
			t.Errorf("%q (key %q) is caught by the synonym group %q", w, wordKey(w), lines[line])
		}
	}
	for name, list := range map[string]string{"ContraryPairs": lexicon.ContraryPairs, "ReversePairs": lexicon.ReversePairs} {
		for _, line := range strings.Split(list, "\n") {
			words := strings.Fields(line)
			if len(words) == 0 {
				continue
			}
			if len(words) != 2 {
				t.Errorf("%s: %q is not a pair", name, line)
				continue
			}
			if ga, gb := lex.Group[wordKey(words[0])], lex.Group[wordKey(words[1])]; ga == gb {
				t.Errorf("%s: %q joins two words of one synonym group", name, line)
			}
		}
	}
	for past, base := range lexicon.IrregularPast {
		if _, ok := lexicon.IrregularPast[base]; ok {
			t.Errorf("IrregularPast[%q] = %q, itself a past form", past, base)
		}
	}
}

// TestScoreFromSignals checks that Value and Core follow from the signals
// as Signal and Score document: Core's log-odds are the bias plus
// Weight*Value over every signal, less Penalty*(1-Value) over the signals
// of another action; Value's are Core's less the penalties of the
// contradictions. It also checks which signals have a penalty.
func TestScoreFromSignals(t *testing.T) {
	pairs := [][2]string{
		{"The storm killed 12 people on Monday.", "The storm killed 15 people on Monday."},
		{"The leaders agreed on a ceasefire.", "The leaders did not agree on a ceasefire."},
		{"Musk said Tesla would build a factory.", "Musk said Tesla would cut prices."},
		{"The minister arrived in Beijing.", "The minister left Beijing."},
		{"Germany beat France in the final.", "France beat Germany in the final."},
		{"Police arrested three men.", "Three men were arrested by police."},
	}
	contradiction := map[string]bool{SignalNumbers: true, SignalNegation: true, SignalRoles: true}
	action := map[string]bool{SignalPredicate: true, SignalActions: true}
	for _, p := range pairs {
		sc := Similarity(p[0], p[1])
		core, value := model.bias, 0.0
		for _, sig := range sc.Signals {
			if hasPenalty := sig.Penalty != 0; hasPenalty != (contradiction[sig.Name] || action[sig.Name]) {
				t.Errorf("signal %s has penalty %v", sig.Name, sig.Penalty)
			}
			core += sig.Weight * sig.Value
			if action[sig.Name] {
				core -= sig.Penalty * (1 - sig.Value)
			}
		}
		value = core
		for _, sig := range sc.Signals {
			if contradiction[sig.Name] {
				value -= sig.Penalty * (1 - sig.Value)
			}
		}
		if d := math.Abs(sigmoid(core) - sc.Core); d > 1e-12 {
			t.Errorf("%q, %q: Core %v, from the signals %v", p[0], p[1], sc.Core, sigmoid(core))
		}
		if d := math.Abs(sigmoid(value) - sc.Value); d > 1e-12 {
			t.Errorf("%q, %q: Value %v, from the signals %v", p[0], p[1], sc.Value, sigmoid(value))
		}
	}
}

// TestSignalJSON checks that a signal's penalty is encoded when it has one
// and left out when it has none.
func TestSignalJSON(t *testing.T) {
	sc := Similarity("The storm killed 12 people.", "The storm killed 15 people.")
	var got []map[string]any
	data, err := json.Marshal(sc.Signals)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &got); err != nil {
		t.Fatal(err)
	}
	for i, sig := range got {
		_, has := sig["penalty"]
		if want := sc.Signals[i].Penalty != 0; has != want {
			t.Errorf("signal %v: penalty encoded %v, want %v", sig["name"], has, want)
		}
	}
	var back []Signal
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(sc.Signals, back); diff != "" {
		t.Errorf("signals after a JSON round trip (-want +got):\n%s", diff)
	}
}

// TestModelNames checks that the fitted model names only signals of
// signalTable, and gives every signal a weight, so that model_gen.go and
// the table cannot drift apart.
func TestModelNames(t *testing.T) {
	for name := range fitted.weights {
		if signalIndex(name) < 0 {
			t.Errorf("model_gen.go weighs %q, which is not a signal", name)
		}
	}
	for name := range fitted.penalties {
		if signalIndex(name) < 0 {
			t.Errorf("model_gen.go penalises %q, which is not a signal", name)
		}
	}
	for _, s := range signalTable {
		if _, ok := fitted.weights[s.name]; !ok {
			t.Errorf("signal %q has no weight in model_gen.go", s.name)
		}
	}
	seen := make(map[string]bool)
	for i, s := range signalTable {
		if s.name == "" || seen[s.name] {
			t.Errorf("signal %d: name %q empty or repeated", i, s.name)
		}
		seen[s.name] = true
	}
}

// TestJaroWinklerBound checks that the bound match uses to skip the
// spelling metric is never below the metric itself, on the words of the
// seed articles against each other and on made-up near spellings.
func TestJaroWinklerBound(t *testing.T) {
	var words []string
	for _, name := range []string{seedABC, seedQuen} {
		for _, tok := range text.Tokenize(readSeed(t, name).Body) {
			if len(tok.Text) >= 4 {
				words = append(words, tok.Text)
			}
		}
	}
	words = append(words, "zelensky", "zelenskyy", "zelenskiy", "kyiv", "kiev", "aaaa", "aaab", "abab", "baba", strings.Repeat("a", 300), strings.Repeat("a", 299)+"b")
	jw := metrics.NewJaroWinkler()
	checked := 0
	for i, a := range words {
		for _, b := range words[i:] {
			bound, ok := jaroWinklerBound(a, b)
			if !ok {
				continue
			}
			checked++
			if sim := jw.Compare(a, b); bound < sim-1e-12 {
				t.Fatalf("jaroWinklerBound(%q, %q) = %v, below the metric's %v", a, b, bound, sim)
			}
		}
	}
	if checked < 1000 {
		t.Fatalf("only %d pairs checked", checked)
	}
}

// TestEditDistance checks the bit-parallel edit distance against the table
// on random word sequences of up to 70 words over small vocabularies, so
// that repeats, substitutions and both paths (64 words or fewer, more) are
// all met.
func TestEditDistance(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	seq := func(n, vocab int) []simToken {
		out := make([]simToken, n)
		for i := range out {
			out[i].hash = uint64(rng.Intn(vocab))
		}
		return out
	}
	for k := 0; k < 20000; k++ {
		vocab := 1 + rng.Intn(8)
		a, b := seq(1+rng.Intn(70), vocab), seq(1+rng.Intn(70), vocab)
		if got, want := editDistance(a, b), editTable(a, b); got != want {
			t.Fatalf("editDistance of %d and %d words = %d, the table says %d", len(a), len(b), got, want)
		}
	}
}

// TestSpellingLongSentences checks that close spellings meet in sentences
// too long to compare every word with every other, as in short ones.
func TestSpellingLongSentences(t *testing.T) {
	s := NewScorer()
	for _, n := range []int{10, 90} { // short and long sentences
		words := fillerWords(n)
		a := s.Prepare(words + " Johanson spoke.")
		b := s.Prepare(words + " Johansen spoke.")
		m := s.match(a, b)
		if want := float64(n + 1); m.countA <= want {
			t.Errorf("%d words: matched %.2f words, want more than %.0f (Johanson meets Johansen)", n+2, m.countA, want)
		}
	}
}

// TestRelatedLongSentences checks that synonyms and contraries meet in
// sentences too long to compare every word with every other, as in short
// ones.
func TestRelatedLongSentences(t *testing.T) {
	s := NewScorer()
	for _, n := range []int{10, 90} { // short and long sentences
		words := fillerWords(n)
		a := s.Prepare(words + " officials raised taxes, a likely move.")
		b := s.Prepare(words + " officials increased taxes, an unlikely move.")
		m := s.match(a, b)
		if m.flips != 1 {
			t.Errorf("%d words: %d flips, want 1 (likely, unlikely)", n, m.flips)
		}
		if want := float64(len(a.toks)) - 1.5; m.countA < want {
			t.Errorf("%d words: matched %.2f words of %d, want at least %.1f (raised meets increased)", n, m.countA, len(a.toks), want)
		}
	}
}

// fillerWords returns n distinct made-up words, "wordaa wordab ...", that
// match only themselves.
func fillerWords(n int) string {
	words := make([]string, n)
	for i := range words {
		words[i] = fmt.Sprintf("word%c%c", 'a'+i/26, 'a'+i%26)
	}
	return strings.Join(words, " ")
}
