// Command tune fits the similarity model of newsmerge on sentence pairs in
// the MRPC format and prints the model lines of similaritydata.go.
//
//	go run ./internal/tune [-write similaritydata.go] ../shared/eval/mrpc/msr_paraphrase_train.txt
//
// It fits a logistic regression over the Score signals (batch gradient
// descent with a small L2 penalty, all from the training file and
// look-alikes made from it) in the two stages described in
// similaritydata.go, and chooses the threshold with the best accuracy of
// the final Score.Core on the same file. Never give it the development or
// test split.
package main

import (
	"flag"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"

	"github.com/newsmerge/newsmerge"
	"github.com/newsmerge/newsmerge/internal/lexicon"
	"github.com/newsmerge/newsmerge/internal/mrpc"
)

func main() {
	iters := flag.Int("iters", 20000, "gradient descent iterations")
	rate := flag.Float64("rate", 1.0, "learning rate")
	l2 := flag.Float64("l2", 1e-4, "L2 penalty")
	verbose := flag.Bool("v", false, "print how the detail signals separate paraphrases from look-alikes")
	write := flag.String("write", "", "rewrite the model lines of this Go file (similaritydata.go)")
	augment := flag.Bool("augment", true, "add look-alike negatives made from the training positives")
	folds := flag.Int("cv", 0, "also report the Core accuracy and F1 of this many-fold cross-validation on the training pairs")
	predStage2 := flag.Bool("pred2", true, "fit SignalPredicate in stage 2, on all training paraphrases and the look-alikes, instead of in stage 1 on the training pairs")
	whatStage2 := flag.Bool("what2", false, "fit SignalWhat in stage 2, on all training paraphrases and the look-alikes, instead of in stage 1 on the training pairs")
	flag.Parse()
	if *whatStage2 {
		detail["what"], penalised["what"], unfiltered["what"] = true, true, true
	}
	if *predStage2 {
		detail["predicate"], penalised["predicate"], unfiltered["predicate"] = true, true, true
	}

	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: tune TRAIN.txt")
		os.Exit(2)
	}
	f, err := os.Open(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	pairs, err := mrpc.Read(f)
	f.Close()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	original := len(pairs)
	var origins []int
	if *augment {
		var looks []mrpc.Pair
		looks, origins = lookAlikes(pairs)
		pairs = append(pairs, looks...)
	}
	for _, p := range pairs[:original] {
		if !p.Labelled {
			fmt.Fprintln(os.Stderr, "tune: every training pair needs a label")
			os.Exit(1)
		}
	}
	xs, ys, names, ids := features(pairs, original)
	d := dataset{xs: xs, ys: ys, ids: ids, original: original, origin: make([]int, len(xs))}
	for i := range d.origin {
		if i < original {
			d.origin[i] = i
		} else {
			d.origin[i] = origins[i-original]
		}
	}
	o := options{iters: *iters, rate: *rate, l2: *l2, verbose: *verbose, newActionCore: !*whatStage2 && !*predStage2}
	if *folds > 1 {
		// Cross-validation on the training file: each fold is fitted on
		// the other folds' pairs and the look-alikes made from them.
		var cv mrpc.Counts
		for fold := 0; fold < *folds; fold++ {
			in := func(i int) bool { return d.origin[i]%*folds != fold }
			m := train(d, in, names, o)
			for i := 0; i < original; i++ {
				if !in(i) {
					cv.Add(predict(m.coreX(d.xs[i], names), m.w, m.b) >= m.th, int(d.ys[i]))
				}
			}
		}
		fmt.Printf("// %d-fold cross-validation on the training pairs: Core accuracy %.1f F1 %.1f\n", *folds, cv.Accuracy(), cv.F1())
	}
	m := train(d, func(int) bool { return true }, names, o)
	w, b, th := m.w, m.b, m.th
	var coreCounts, full, looks mrpc.Counts
	for i, x := range xs {
		if i < original {
			coreCounts.Add(predict(m.coreX(x, names), w, b) >= th, int(ys[i]))
			full.Add(predict(x, w, b) >= th, int(ys[i]))
		} else {
			looks.Add(predict(x, w, b) >= th, 0)
		}
	}
	fmt.Printf("// train: %d pairs; Core accuracy %.1f F1 %.1f at threshold %.2f; Value accuracy %.1f F1 %.1f; %d look-alikes, %.1f%% rejected by Value\n",
		original, coreCounts.Accuracy(), coreCounts.F1(), th, full.Accuracy(), full.F1(), len(xs)-original, looks.Accuracy())
	var model strings.Builder
	fmt.Fprintf(&model, "\tmodelBias = %.4f\n", b)
	fmt.Fprintf(&model, "\t// %s\n", strings.Join(names, " "))
	fmt.Fprintf(&model, "\tmodelWeights = [numSignals]float64{")
	for i := range w {
		if i > 0 {
			model.WriteString(", ")
		}
		fmt.Fprintf(&model, "%.4f", w[i])
	}
	model.WriteString("}\n")
	fmt.Print(model.String())
	fmt.Printf("DefaultThreshold = %.2f\n", th)
	if *write != "" {
		if err := writeModel(*write, model.String(), th); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}

// A dataset is the signal values of the training pairs, the first original
// of them, followed by their look-alikes; origin[i] is the training pair
// example i was made from.
type dataset struct {
	xs       [][]float64
	ys       []float64
	ids      []string
	origin   []int
	original int
}

type options struct {
	iters         int
	rate, l2      float64
	verbose       bool
	newActionCore bool // stage 1 sees the newAction look-alikes
}

// A model is fitted weights, bias and threshold.
type model struct {
	w     []float64
	b, th float64
}

// coreX returns x with the signals Score.Core sets aside taken as agreeing.
func (m model) coreX(x []float64, names []string) []float64 {
	c := make([]float64, len(x))
	for j, v := range x {
		if setAside[names[j]] {
			v = 1
		}
		c[j] = v
	}
	return c
}

// train fits the model in its two stages on the examples for which in
// returns true, and chooses the threshold with the best Core accuracy on
// the original pairs among them.
func train(d dataset, in func(int) bool, names []string, o options) model {
	xs, ys := d.xs, d.ys
	labelled := d.original
	// Stage 1: the core signals, fitted on the original pairs (and, when
	// o.newActionCore, the look-alikes whose subject does something else).
	core := make([]bool, len(names))
	for i, n := range names {
		core[i] = !detail[n]
	}
	var xs1 [][]float64
	var ys1 []float64
	for i := range xs {
		if in(i) && (i < labelled || (o.newActionCore && strings.HasSuffix(d.ids[i], newActionTag))) {
			xs1, ys1 = append(xs1, xs[i]), append(ys1, ys[i])
		}
	}
	w, b := fit(xs1, ys1, core, nil, true, o.iters, o.rate, o.l2)
	// Stage 2: the detail signals, with the core part fixed, on the
	// paraphrase pairs and their look-alikes: how far a differing detail
	// must pull a pair down.
	notCore := make([]bool, len(names))
	filtered := make([]bool, len(names))
	for i, n := range names {
		notCore[i] = penalised[n]
		filtered[i] = penalised[n] && !unfiltered[n]
	}
	// The detail signals are 1 for most pairs; they are fitted as
	// mismatches (1 - value), which keeps them apart from the bias, and
	// turned back afterwards.
	var xs2 [][]float64
	var ys2, off2 []float64
	for i := range xs {
		if !in(i) || (i < labelled && (ys[i] == 0 || !agreesOnDetails(xs[i], filtered))) {
			continue // stage 2 contrasts paraphrases that agree on every detail with their look-alikes
		}
		x := make([]float64, len(xs[i]))
		off := b
		for j, v := range xs[i] {
			off += w[j] * v
			if notCore[j] {
				x[j] = 1 - v
			}
		}
		xs2, ys2, off2 = append(xs2, x), append(ys2, ys[i]), append(off2, off)
	}
	wd, _ := fit(xs2, ys2, notCore, off2, false, o.iters, o.rate, o.l2)
	if o.verbose {
		for j, n := range names {
			if !notCore[j] {
				continue
			}
			var pos, neg, np, nn float64
			for i, x := range xs2 {
				if ys2[i] == 1 {
					pos += x[j]
					np++
				} else {
					neg += x[j]
					nn++
				}
			}
			fmt.Printf("// %s mismatch: paraphrases %.3f, look-alikes %.3f; weight %.3f\n", n, pos/np, neg/nn, wd[j])
		}
	}
	for j := range w {
		if notCore[j] {
			w[j] = -wd[j]
			b += wd[j]
		}
	}
	// The threshold: the best accuracy of the final Core on the training
	// pairs.
	m := model{w: w, b: b}
	var coreXs [][]float64
	var coreYs []float64
	for i := 0; i < labelled; i++ {
		if in(i) {
			coreXs, coreYs = append(coreXs, m.coreX(xs[i], names)), append(coreYs, ys[i])
		}
	}
	m.th, _ = bestThreshold(coreXs, coreYs, w, b)
	return m
}

// writeModel replaces the model lines of the Go file name: the lines between
// "// model:begin" and "// model:end", and the DefaultThreshold constant.
func writeModel(name, model string, threshold float64) error {
	data, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	text := string(data)
	begin, end := strings.Index(text, "// model:begin\n"), strings.Index(text, "// model:end")
	if begin < 0 || end < begin {
		return fmt.Errorf("%s: no // model:begin ... // model:end lines", name)
	}
	begin += len("// model:begin\n")
	text = text[:begin] + model + "\t" + text[end:]
	k := strings.Index(text, "const DefaultThreshold = ")
	if k < 0 {
		return fmt.Errorf("%s: no DefaultThreshold constant", name)
	}
	eol := k + strings.IndexByte(text[k:], '\n')
	text = text[:k] + fmt.Sprintf("const DefaultThreshold = %.2f", threshold) + text[eol:]
	return os.WriteFile(name, []byte(text), 0o644)
}

// features scores every pair with weights built from the sentences of the
// first original pairs (the file's own, not the look-alikes), as the
// similarity harness does, and returns the signal values.
func features(pairs []mrpc.Pair, original int) (xs [][]float64, ys []float64, names, ids []string) {
	s := mrpc.Scorer(pairs[:original])
	for _, p := range pairs {
		if !p.Labelled {
			continue
		}
		sc := s.Compare(s.Prepare(p.S1), s.Prepare(p.S2))
		x := make([]float64, len(sc.Signals))
		names = names[:0]
		for i, sig := range sc.Signals {
			x[i] = sig.Value
			names = append(names, sig.Name)
		}
		xs = append(xs, x)
		ys = append(ys, float64(p.Label))
		ids = append(ids, p.ID2)
	}
	return xs, ys, names, ids
}

// agreesOnDetails reports whether every detail signal of x is 1.
func agreesOnDetails(x []float64, detail []bool) bool {
	for j, v := range x {
		if detail[j] && v < 1 {
			return false
		}
	}
	return true
}

// detail names the signals fitted in stage 2.
var detail = map[string]bool{"numbers": true, "negation": true, "entities": true, "roles": true, "actions": true}

// setAside names the signals that Score.Core takes as agreeing
// (detailSignals in similarity.go).
var setAside = map[string]bool{"numbers": true, "negation": true, "entities": true, "roles": true}

// penalised names the detail signals that stage 2 may give a weight: the
// contradictions that make a look-alike a different statement. Differing
// names are not among them: paraphrases often name things differently
// ("Hussein" and "Saddam", "Cleveland" and "Ohio").
var penalised = map[string]bool{"numbers": true, "negation": true, "roles": true, "actions": true}

// unfiltered names the stage 2 signals that training paraphrases show as
// they are: a paraphrase often tells the action with another verb, so the
// paraphrases in stage 2 are not limited to those whose predicate agrees,
// and the weight says how much a verb the other sentence lacks counts
// against the real paraphrases as well as the look-alikes.
var unfiltered = map[string]bool{"actions": true}

// fit fits a logistic regression by batch gradient descent over the
// features marked in use, each example's score starting at its offset (none
// when offsets is nil), and the bias when learnBias is set.
func fit(xs [][]float64, ys []float64, use []bool, offsets []float64, learnBias bool, iters int, rate, l2 float64) ([]float64, float64) {
	d := len(xs[0])
	w := make([]float64, d)
	b := 0.0
	n := float64(len(xs))
	gw := make([]float64, d)
	for it := 0; it < iters; it++ {
		for j := range gw {
			gw[j] = l2 * w[j]
		}
		gb := 0.0
		for i, x := range xs {
			off := 0.0
			if offsets != nil {
				off = offsets[i]
			}
			e := predict(x, w, b+off) - ys[i]
			for j, v := range x {
				if use[j] {
					gw[j] += e * v / n
				}
			}
			gb += e / n
		}
		for j := range w {
			w[j] -= rate * gw[j]
		}
		if learnBias {
			b -= rate * gb
		}
	}
	return w, b
}

func predict(x, w []float64, b float64) float64 {
	z := b
	for j, v := range x {
		z += w[j] * v
	}
	return 1 / (1 + math.Exp(-z))
}

func bestThreshold(xs [][]float64, ys []float64, w []float64, b float64) (float64, float64) {
	bestT, bestAcc := 0.5, 0.0
	for t := 0.05; t < 0.951; t += 0.01 {
		var c mrpc.Counts
		for i, x := range xs {
			c.Add(predict(x, w, b) >= t, int(ys[i]))
		}
		if acc := c.Accuracy(); acc > bestAcc {
			bestT, bestAcc = t, acc
		}
	}
	return bestT, bestAcc
}

// lookAlikes makes, from each paraphrase pair of the training file, a
// look-alike that is not a paraphrase for each mutation that applies to it:
// the second sentence with a shared number changed, its negation flipped, two
// shared names swapped, a shared verb replaced by the action that undoes it
// (lexicon.ReversePairs), or a shared name replaced by one from another
// pair. This teaches the model what MRPC rarely shows: that a sentence with
// a different figure, polarity, cast or reversed action is a different
// statement.
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
			out = append(out, mrpc.Pair{ID1: p.ID1, ID2: p.ID2 + newActionTag, S1: p.S1, S2: s2, Labelled: true})
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

// newActionTag ends the second ID of a newAction look-alike.
const newActionTag = "xa"

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
