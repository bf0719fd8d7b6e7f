// Command tune fits the similarity model of newsmerge on sentence pairs in
// the MRPC format and prints the model; -write writes it as the generated
// file similarity/model_gen.go.
//
//	go run ./internal/tune [-write similarity/model_gen.go] [-cv 5 [-repeats 6]] [-report DEV.txt] [-l2 1] [-v] ../shared/eval/mrpc/msr_paraphrase_train.txt
//
// It fits the two stages described in similarity/signals.go, logistic
// regressions with an L2 penalty fitted by Newton's method, from the
// training file and look-alikes made from it, and chooses the threshold
// with the best accuracy of Score.Core on the same file. Never give it the
// development or test split to fit: -report only prints how the fitted
// model does on another labelled file, for choosing between variants.
package main

import (
	"flag"
	"fmt"
	"go/format"
	"math"
	"os"
	"strconv"
	"strings"

	"github.com/newsmerge/newsmerge"
	"github.com/newsmerge/newsmerge/internal/lexicon"
	"github.com/newsmerge/newsmerge/internal/mrpc"
)

func main() {
	l2 := flag.Float64("l2", 1, "L2 penalty of both stages, on the summed loss")
	lookWeight := flag.Float64("looks", 1, "what each look-alike counts for in stage 2, against a paraphrase's 1")
	verbose := flag.Bool("v", false, "print how the penalised signals separate paraphrases from look-alikes")
	write := flag.String("write", "", "write the model as this generated Go file (similarity/model_gen.go)")
	folds := flag.Int("cv", 0, "also report the Core accuracy and F1 of this many-fold cross-validation on the training pairs")
	repeats := flag.Int("repeats", 1, "repeat the cross-validation this many times, each with other folds")
	report := flag.String("report", "", "also print the Value and Core accuracy and F1 on this labelled file (not used to fit)")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: tune [-write FILE] [-cv K [-repeats R]] [-report FILE] [-l2 L] [-v] TRAIN.txt")
		os.Exit(2)
	}
	pairs, err := mrpc.ReadFile(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, "tune:", err)
		os.Exit(1)
	}
	for _, p := range pairs {
		if !p.Labelled {
			fmt.Fprintln(os.Stderr, "tune: every training pair needs a label")
			os.Exit(1)
		}
	}
	d, names := newDataset(pairs)
	original, xs, ys := d.original, d.xs, d.ys
	o := options{l2: *l2, lookWeight: *lookWeight, verbose: *verbose}
	if *folds > 1 {
		// Cross-validation on the training file: each fold is fitted on
		// the other folds' pairs and the look-alikes made from them.
		var cv mrpc.Counts
		for r := 0; r < *repeats; r++ {
			for fold := 0; fold < *folds; fold++ {
				in := func(i int) bool { return foldOf(d.origin[i], r, *folds) != fold }
				quiet := o
				quiet.verbose = false
				m := train(d, in, names, quiet)
				for i := 0; i < original; i++ {
					if !in(i) {
						cv.Add(m.core(d.xs[i]) >= m.th, int(d.ys[i]))
					}
				}
			}
		}
		fmt.Printf("// %d-fold cross-validation on the training pairs, %d times: Core accuracy %.2f F1 %.2f\n", *folds, *repeats, cv.Accuracy(), cv.F1())
	}
	m := train(d, func(int) bool { return true }, names, o)
	var coreCounts, full, rejected mrpc.Counts
	for i, x := range xs {
		if i < original {
			coreCounts.Add(m.core(x) >= m.th, int(ys[i]))
			full.Add(m.value(x) >= m.th, int(ys[i]))
		} else {
			rejected.Add(m.value(x) >= m.th, 0)
		}
	}
	fmt.Printf("// train: %d pairs; Core accuracy %.1f F1 %.1f at threshold %.2f; Value accuracy %.1f F1 %.1f; %d look-alikes, %.1f%% rejected by Value\n",
		original, coreCounts.Accuracy(), coreCounts.F1(), m.th, full.Accuracy(), full.F1(), len(xs)-original, rejected.Accuracy())
	src, err := m.source(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, "tune:", err)
		os.Exit(1)
	}
	if *write == "" {
		os.Stdout.Write(src)
	}
	if *report != "" {
		if err := reportOn(*report, m); err != nil {
			fmt.Fprintln(os.Stderr, "tune:", err)
			os.Exit(1)
		}
	}
	if *write != "" {
		if err := os.WriteFile(*write, src, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "tune:", err)
			os.Exit(1)
		}
	}
}

// foldOf returns the fold of training pair i in repetition r of a k-fold
// cross-validation: i mod k the first time, then a hash of i and r.
func foldOf(i, r, k int) int {
	if r == 0 {
		return i % k
	}
	h := uint64(i)*0x9E3779B97F4A7C15 + uint64(r)*0xBF58476D1CE4E5B9
	h ^= h >> 31
	h *= 0x94D049BB133111EB
	h ^= h >> 29
	return int(h % uint64(k))
}

// A dataset is the signal values of the training pairs, the first original
// of them, followed by their look-alikes; origin[i] is the training pair
// example i was made from.
type dataset struct {
	xs       [][]float64
	ys       []float64
	origin   []int
	original int
}

// newDataset returns the signal values of the training pairs and of the
// look-alikes made from them, with the signal names.
func newDataset(pairs []mrpc.Pair) (dataset, []string) {
	original := len(pairs)
	looks, origins := lookAlikes(pairs)
	pairs = append(pairs[:original:original], looks...)
	xs, ys, names := features(pairs, original)
	d := dataset{xs: xs, ys: ys, original: original, origin: make([]int, len(xs))}
	for i := range d.origin {
		if i < original {
			d.origin[i] = i
		} else {
			d.origin[i] = origins[i-original]
		}
	}
	return d, names
}

type options struct {
	l2         float64
	lookWeight float64 // what a look-alike counts for in stage 2
	verbose    bool
}

// A model is what similarity/model_gen.go holds: Core's log-odds are b + w·x
// less p(1-x) over the signals Core does not set aside, and Value's are
// less p(1-x) over all of them.
type model struct {
	w, p  []float64
	b, th float64
	names []string
}

func (m model) value(x []float64) float64 { return m.score(x, false) }
func (m model) core(x []float64) float64  { return m.score(x, true) }

func (m model) score(x []float64, core bool) float64 {
	z := m.b
	for j, v := range x {
		z += m.w[j] * v
		if !core || !setAside[m.names[j]] {
			z -= m.p[j] * (1 - v)
		}
	}
	return 1 / (1 + math.Exp(-z))
}

// source returns the Go file similarity/model_gen.go for the model fitted
// on the training file train: the threshold, the bias, and the weights and
// penalties keyed by signal name (the penalties only where not 0).
func (m model) source(train string) ([]byte, error) {
	var b strings.Builder
	fmt.Fprintf(&b, "// Code generated by go run ./internal/tune -write similarity/model_gen.go %s; DO NOT EDIT.\n\n", train)
	b.WriteString("package similarity\n\n")
	b.WriteString("// DefaultThreshold is the score (Score.Value or Score.Core) at or above\n")
	b.WriteString("// which two sentences are taken to make the same statement: the threshold\n")
	b.WriteString("// with the best Core accuracy on the training split, averaged over the\n")
	fmt.Fprintf(&b, "// thresholds within 0.%02d of it.\n", thresholdWindow)
	fmt.Fprintf(&b, "const DefaultThreshold = %.2f\n\n", m.th)
	b.WriteString("// fitted is the model of Score.Core and Score.Value (see signals.go).\n")
	fmt.Fprintf(&b, "var fitted = fittedModel{\n\tbias: %.4f,\n\tweights: map[string]float64{\n", m.b)
	for j, n := range m.names {
		fmt.Fprintf(&b, "\t\t%q: %.4f,\n", n, m.w[j])
	}
	b.WriteString("\t},\n\tpenalties: map[string]float64{\n")
	for j, n := range m.names {
		if m.p[j] != 0 {
			fmt.Fprintf(&b, "\t\t%q: %.4f,\n", n, m.p[j])
		}
	}
	b.WriteString("\t},\n}\n")
	return format.Source([]byte(b.String()))
}

// train fits the model in its two stages on the examples for which in
// returns true, and chooses the threshold with the best Core accuracy on
// the original pairs among them (see bestThreshold).
//
// Stage 1 fits every signal but SignalEntities on the training pairs: Core
// as the MRPC judges saw a paraphrase, a differing detail counting only as
// much as it did for them. Stage 2 keeps stage 1 fixed and fits the
// penalties, on the paraphrases against their look-alikes: how far a
// contradiction or another action must pull a pair down. The paraphrases
// of stage 2 are those that agree on every contradiction, so that a
// penalty is not fitted against the paraphrases MRPC allows a differing
// detail; for another action they are all the paraphrases, since a
// paraphrase often tells an action in other words.
func train(d dataset, in func(int) bool, names []string, o options) model {
	use := make([]bool, len(names))
	for j, n := range names {
		use[j] = n != newsmerge.SignalEntities
	}
	var xs1 [][]float64
	var ys1 []float64
	for i := 0; i < d.original; i++ {
		if in(i) {
			xs1, ys1 = append(xs1, d.xs[i]), append(ys1, d.ys[i])
		}
	}
	w, b := irls(xs1, ys1, nil, nil, use, true, o.l2)
	pen := make([]bool, len(names))
	contradiction := make([]bool, len(names))
	for j, n := range names {
		pen[j] = penalised[n]
		contradiction[j] = pen[j] && setAside[n]
	}
	var xs2 [][]float64
	var ys2, off2, counts2 []float64
	for i := range d.xs {
		if !in(i) || (i < d.original && (d.ys[i] == 0 || !agrees(d.xs[i], contradiction))) {
			continue
		}
		// The penalised signals are 1 for most pairs; they are fitted as
		// mismatches (1 - value), each weight a penalty.
		x := make([]float64, len(names))
		off := b
		for j, v := range d.xs[i] {
			off += w[j] * v
			if pen[j] {
				x[j] = 1 - v
			}
		}
		c := 1.0
		if i >= d.original {
			c = o.lookWeight
		}
		xs2, ys2, off2, counts2 = append(xs2, x), append(ys2, d.ys[i]), append(off2, off), append(counts2, c)
	}
	wp, _ := irls(xs2, ys2, off2, counts2, pen, false, o.l2)
	m := model{w: w, p: make([]float64, len(names)), b: b, names: names}
	for j := range m.p {
		m.p[j] = 0 - wp[j] // not -wp[j], which spells 0 as -0
	}
	if o.verbose {
		for j, n := range names {
			if !pen[j] {
				continue
			}
			var pos, neg, np, nn float64
			for i, x := range xs2 {
				if ys2[i] == 1 {
					pos, np = pos+x[j], np+1
				} else {
					neg, nn = neg+x[j], nn+1
				}
			}
			fmt.Printf("// %s mismatch: paraphrases %.3f, look-alikes %.3f; penalty %.3f\n", n, pos/np, neg/nn, m.p[j])
		}
	}
	var cs, ys []float64
	for i := 0; i < d.original; i++ {
		if in(i) {
			cs, ys = append(cs, m.core(d.xs[i])), append(ys, d.ys[i])
		}
	}
	m.th = bestThreshold(cs, ys)
	return m
}

// bestThreshold returns the threshold, in steps of 0.01, with the best
// accuracy of the scores ps against the labels ys, that accuracy averaged
// over the thresholds within thresholdWindow of it. Accuracy is flat near
// its best (on the MRPC training split every threshold from 0.39 to 0.45
// is within two pairs of it), and the mean takes the middle of the best
// stretch instead of a spike that one pair makes.
func bestThreshold(ps, ys []float64) float64 {
	const lo, hi = 5, 95 // in hundredths
	var acc [hi + 1]float64
	for k := lo; k <= hi; k++ {
		t := float64(k) / 100
		var c mrpc.Counts
		for i, p := range ps {
			c.Add(p >= t, int(ys[i]))
		}
		acc[k] = c.Accuracy()
	}
	bestT, best := 0.5, -1.0
	for k := lo; k <= hi; k++ {
		sum, n := 0.0, 0
		for j := max(lo, k-thresholdWindow); j <= min(hi, k+thresholdWindow); j++ {
			sum += acc[j]
			n++
		}
		if mean := sum / float64(n); mean > best {
			bestT, best = float64(k)/100, mean
		}
	}
	return bestT
}

// thresholdWindow is how far, in hundredths, bestThreshold averages the
// accuracy on each side of a threshold.
const thresholdWindow = 3

// features scores every pair with weights built from the sentences of the
// first original pairs (the file's own, not the look-alikes), as the
// similarity harness does, and returns the signal values.
func features(pairs []mrpc.Pair, original int) (xs [][]float64, ys []float64, names []string) {
	s := mrpc.Scorer(pairs[:original])
	for _, p := range pairs {
		sc := s.Compare(s.Prepare(p.S1), s.Prepare(p.S2))
		x := make([]float64, len(sc.Signals))
		names = names[:0]
		for i, sig := range sc.Signals {
			x[i] = sig.Value
			names = append(names, sig.Name)
		}
		xs = append(xs, x)
		ys = append(ys, float64(p.Label))
	}
	return xs, ys, names
}

// agrees reports whether every signal of x marked in which is 1.
func agrees(x []float64, which []bool) bool {
	for j, v := range x {
		if which[j] && v < 1 {
			return false
		}
	}
	return true
}

// setAside names the signals whose penalties Score.Core sets aside
// (the detail signals of similarity/signals.go): the contradictions.
var setAside = map[string]bool{"numbers": true, "negation": true, "entities": true, "roles": true}

// penalised names the signals stage 2 gives a penalty: the contradictions
// that make a look-alike a different statement, and another action.
// Differing names are not among them: paraphrases often name things
// differently ("Hussein" and "Saddam", "Cleveland" and "Ohio").
var penalised = map[string]bool{"numbers": true, "negation": true, "roles": true, "actions": true, "predicate": true}

// lookAlikes makes, from each paraphrase pair of the training file, a
// look-alike that is not a paraphrase for each mutation that applies to it:
// the second sentence with a shared number changed, its negation flipped, two
// shared names swapped, a shared verb replaced by the action that undoes it
// (lexicon.ReversePairs), or a shared name replaced by one from another
// pair; and the second sentence's subject given the action of another
// pair's sentence (newAction). This teaches the model what MRPC rarely
// shows: that a sentence with a different figure, polarity, cast, reversed
// action or other action is a different statement.
func lookAlikes(pairs []mrpc.Pair) (out []mrpc.Pair, origins []int) {
	var names []string
	for _, p := range pairs {
		for _, t := range newsmerge.Tokenize(p.S1) {
			if w := p.S1[t.Start:t.End]; t.Position > 0 && isName(w) {
				names = append(names, w)
			}
		}
	}
	var actions []string // what the sentences say their subject did
	for _, p := range pairs {
		if _, rest, ok := splitAtVerb(p.S1); ok {
			actions = append(actions, rest)
		}
	}
	// Each mutation changes something the two sentences share, so that the
	// look-alike really says something else.
	mutations := []func(s1, s2 string, k int) (string, bool){
		changeNumber,
		flipNegation,
		swapNames,
		reverseAction,
		func(s1, s2 string, k int) (string, bool) { return replaceName(s1, s2, names[(k*7919)%len(names)]) },
	}
	k := 0
	for i, p := range pairs {
		if !p.Labelled || p.Label != 1 {
			continue
		}
		for _, m := range mutations {
			if s2, ok := m(p.S1, p.S2, k); ok {
				out = append(out, mrpc.Pair{ID1: p.ID1, ID2: p.ID2 + "x", S1: p.S1, S2: s2, Labelled: true})
				origins = append(origins, i)
			}
		}
		if s2, ok := newAction(p.S1, p.S2, actions[(k*104729)%len(actions)]); ok {
			out = append(out, mrpc.Pair{ID1: p.ID1, ID2: p.ID2 + "xa", S1: p.S1, S2: s2, Labelled: true})
			origins = append(origins, i)
		}
		k++
	}
	return out, origins
}

func isName(w string) bool {
	return len(w) > 2 && w[0] >= 'A' && w[0] <= 'Z' && strings.ToLower(w[1:]) == w[1:]
}

// words returns the set of words of s as they are spelt.
func words(s string) map[string]bool {
	m := make(map[string]bool)
	for _, t := range newsmerge.Tokenize(s) {
		m[s[t.Start:t.End]] = true
	}
	return m
}

func changeNumber(s1, s string, _ int) (string, bool) {
	shared := words(s1)
	for _, t := range newsmerge.Tokenize(s) {
		if n, err := strconv.Atoi(s[t.Start:t.End]); err == nil && shared[s[t.Start:t.End]] {
			return s[:t.Start] + strconv.Itoa(n*2+3) + s[t.End:], true
		}
	}
	return s, false
}

var auxiliaries = map[string]bool{"is": true, "was": true, "are": true, "were": true, "will": true, "would": true, "can": true, "could": true, "has": true, "have": true, "had": true, "should": true, "does": true, "did": true, "may": true, "might": true, "must": true}

func flipNegation(_, s string, _ int) (string, bool) {
	for _, t := range newsmerge.Tokenize(s) {
		switch {
		case t.Text == "not":
			return strings.TrimRight(s[:t.Start], " ") + s[t.End:], true
		case auxiliaries[t.Text]:
			return s[:t.End] + " not" + s[t.End:], true
		}
	}
	return s, false
}

// reverses maps each word of lexicon.ReversePairs to its partners.
var reverses = func() map[string][]string {
	m := make(map[string][]string)
	for _, line := range strings.Split(lexicon.ReversePairs, "\n") {
		if w := strings.Fields(line); len(w) == 2 {
			m[w[0]] = append(m[w[0]], w[1])
			m[w[1]] = append(m[w[1]], w[0])
		}
	}
	return m
}()

// pastForms maps base forms to their irregular past forms.
var pastForms = func() map[string]string {
	m := make(map[string]string)
	for past, base := range lexicon.IrregularPast {
		if old, ok := m[base]; !ok || past < old { // the same form each run
			m[base] = past
		}
	}
	return m
}()

// baseForm returns the base form of a folded verb and whether it was in
// the past tense, by the irregular forms and the regular endings; "" when
// the word is none of the words of lexicon.ReversePairs.
func baseForm(w string) (string, bool) {
	if base, ok := lexicon.IrregularPast[w]; ok {
		if len(reverses[base]) == 0 {
			return "", false
		}
		return base, true
	}
	for _, c := range []struct {
		cut, add string
		past     bool
	}{{"", "", false}, {"s", "", false}, {"ed", "", true}, {"d", "", true}, {"ed", "e", true}, {"ing", "", false}, {"ing", "e", false}} {
		if strings.HasSuffix(w, c.cut) {
			if base := strings.TrimSuffix(w, c.cut) + c.add; len(reverses[base]) > 0 {
				return base, c.past
			}
		}
	}
	return "", false
}

// pastOf returns the past form of a base form.
func pastOf(base string) string {
	if p, ok := pastForms[base]; ok {
		return p
	}
	if strings.HasSuffix(base, "e") {
		return base + "d"
	}
	return base + "ed"
}

// reverseAction replaces a verb of s that s1 shares by the action that
// undoes it: "arrived" by "left".
func reverseAction(s1, s string, k int) (string, bool) {
	shared := make(map[string]bool)
	for _, t := range newsmerge.Tokenize(s1) {
		shared[t.Text] = true
	}
	for _, t := range newsmerge.Tokenize(s) {
		base, past := baseForm(t.Text)
		if base == "" || !shared[t.Text] {
			continue
		}
		ps := reverses[base]
		w := ps[k%len(ps)]
		if past {
			w = pastOf(w)
		}
		return s[:t.Start] + w + s[t.End:], true
	}
	return s, false
}

// isPastVerb reports whether w, as spelt, looks like a verb in the past
// tense that is not a verb of saying: lower case, an irregular past form or
// a word ending in "-ed".
func isPastVerb(w string) bool {
	if w != strings.ToLower(w) || saying[w] {
		return false
	}
	_, irregular := lexicon.IrregularPast[w]
	return irregular || (len(w) >= 5 && strings.HasSuffix(w, "ed"))
}

// saying are the past forms of verbs of saying, which do not tell what
// happened.
var saying = map[string]bool{"said": true, "told": true, "announced": true, "reported": true, "added": true, "stated": true, "claimed": true, "noted": true, "explained": true, "wrote": true, "insisted": true}

// splitAtVerb splits s before its first past verb that follows a subject:
// "Police arrested three men" gives "Police " and "arrested three men".
func splitAtVerb(s string) (subject, rest string, ok bool) {
	for _, t := range newsmerge.Tokenize(s) {
		if t.Position > 0 && isPastVerb(s[t.Start:t.End]) {
			return s[:t.Start], s[t.Start:], true
		}
	}
	return s, "", false
}

// newAction keeps the subject of s, when s1 shares it, and gives it the
// action of another sentence: the same subject doing something else.
func newAction(s1, s, action string) (string, bool) {
	subject, rest, ok := splitAtVerb(s)
	if !ok {
		return s, false
	}
	if rest == action {
		return s, false
	}
	shared := words(s1)
	for _, t := range newsmerge.Tokenize(subject) {
		if !shared[subject[t.Start:t.End]] {
			return s, false
		}
	}
	return subject + action, true
}

func swapNames(s1, s string, _ int) (string, bool) {
	shared := words(s1)
	var spans [][2]int
	for _, t := range newsmerge.Tokenize(s) {
		if w := s[t.Start:t.End]; isName(w) && shared[w] {
			spans = append(spans, [2]int{t.Start, t.End})
		}
	}
	for i := range spans {
		for j := i + 1; j < len(spans); j++ {
			a, b := spans[i], spans[j]
			wa, wb := s[a[0]:a[1]], s[b[0]:b[1]]
			if wa != wb && b[0]-a[1] > 3 {
				return s[:a[0]] + wb + s[a[1]:b[0]] + wa + s[b[1]:], true
			}
		}
	}
	return s, false
}

func replaceName(s1, s, name string) (string, bool) {
	shared := words(s1)
	for _, t := range newsmerge.Tokenize(s) {
		if w := s[t.Start:t.End]; t.Position > 0 && isName(w) && w != name && shared[w] && !shared[name] {
			return s[:t.Start] + name + s[t.End:], true
		}
	}
	return s, false
}

// reportOn prints the Value and Core accuracy and F1 of m on a labelled
// file.
func reportOn(name string, m model) error {
	pairs, err := mrpc.ReadFile(name)
	if err != nil {
		return err
	}
	xs, ys, _ := features(pairs, len(pairs))
	var value, core mrpc.Counts
	for i, x := range xs {
		value.Add(m.value(x) >= m.th, int(ys[i]))
		core.Add(m.core(x) >= m.th, int(ys[i]))
	}
	fmt.Printf("// %s: Value accuracy %.1f F1 %.1f; Core accuracy %.1f F1 %.1f\n", name, value.Accuracy(), value.F1(), core.Accuracy(), core.F1())
	return nil
}
