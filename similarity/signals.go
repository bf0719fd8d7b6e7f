package similarity

import "math"

// The signals, by their place in Score.Signals. Compare fills a
// signalValues keyed by these, and the model is keyed by signal name, so
// that adding or reordering a signal cannot give one signal another's
// weight.
const (
	sigOverlap = iota
	sigContainment
	sigBigrams
	sigOrder
	sigChars
	sigLength
	sigNumbers
	sigNegation
	sigEntities
	sigRoles
	sigCoverage
	sigWords
	sigPredicate
	sigActions
	sigPhrases
	sigWhat
	sigEdits
	sigAdded
	sigReplaced
	numSignals
)

// signalValues holds one value for each signal, indexed by the constants
// above.
type signalValues [numSignals]float64

// signalTable names each signal and says how the model treats its
// penalty. A detail signal is a contradiction (numbers, negation, roles)
// or SignalEntities, which has no penalty (a paraphrase often names things
// differently) but says how the names compare: Score.Core sets their
// penalties aside and Score.Value counts them. The penalties of the other
// signals (another action: predicate, actions) count in both.
var signalTable = [numSignals]struct {
	name   string
	detail bool
}{
	sigOverlap:     {SignalOverlap, false},
	sigContainment: {SignalContainment, false},
	sigBigrams:     {SignalBigrams, false},
	sigOrder:       {SignalOrder, false},
	sigChars:       {SignalChars, false},
	sigLength:      {SignalLength, false},
	sigNumbers:     {SignalNumbers, true},
	sigNegation:    {SignalNegation, true},
	sigEntities:    {SignalEntities, true},
	sigRoles:       {SignalRoles, true},
	sigCoverage:    {SignalCoverage, false},
	sigWords:       {SignalWords, false},
	sigPredicate:   {SignalPredicate, false},
	sigActions:     {SignalActions, false},
	sigPhrases:     {SignalPhrases, false},
	sigWhat:        {SignalWhat, false},
	sigEdits:       {SignalEdits, false},
	sigAdded:       {SignalAdded, false},
	sigReplaced:    {SignalReplaced, false},
}

// signalIndex returns the place of the named signal in signalTable, or -1.
func signalIndex(name string) int {
	for i, s := range signalTable {
		if s.name == name {
			return i
		}
	}
	return -1
}

// A fittedModel is what the tuner writes to model_gen.go: the bias, and
// the weight and penalty of each signal by name. A signal it does not
// name has weight and penalty 0.
type fittedModel struct {
	bias      float64
	weights   map[string]float64
	penalties map[string]float64
}

// A linearModel is a fittedModel laid out along signalTable.
type linearModel struct {
	bias               float64
	weights, penalties signalValues
}

// The model behind Score.Value and Score.Core: logistic regressions over
// the signals, fitted in two stages by
//
//	go run ./internal/tune -write similarity/model_gen.go ../shared/eval/mrpc/msr_paraphrase_train.txt
//
// which writes model_gen.go: the bias, the weights and the penalties keyed
// by signal name, and DefaultThreshold. Stage 1 fits the bias and the
// weights, every signal but SignalEntities,
// on the training split of the Microsoft Research Paraphrase Corpus (Dolan,
// Quirk and Brockett 2004): one statement as those judges saw it. Stage 2
// keeps stage 1 fixed and fits the penalties, what a contradiction
// (numbers, negation, roles) or another action (predicate, actions) costs,
// on the training paraphrases against look-alikes made from them: each
// paraphrase against copies of it with a shared number changed, the
// negation flipped, two shared names swapped, a shared name replaced, a
// shared verb replaced by the action that undoes it, or the subject given
// the action of another sentence. The contradictions are fitted on the
// paraphrases that agree on them, another action on all paraphrases, since
// paraphrases often tell an action in other words. Score.Core is stage 1
// less the penalties of another action; Score.Value is Core less the
// penalties of the contradictions too.
//
// Both stages use Newton's method with an L2 penalty of 1 on the summed
// loss. The look-alikes of numbers, negation, roles and actions are
// separable from the paraphrases that stage 2 keeps (those paraphrases all
// agree on the detail), so the size of those penalties is set by the L2
// penalty, not by the data: any penalty that takes such a pair well below
// the threshold does. The threshold is the one with the best Score.Core
// accuracy on the training pairs, averaged over the thresholds within 0.03
// of it (accuracy is flat near its best). The development split was used
// to choose between signal variants (how a synonym counts, which signals stage 2
// penalises, a longer list of synonym groups), and cross-validation of
// Core on the training split (tune -cv 5 -repeats 6) to add SignalEdits,
// SignalAdded and SignalReplaced, to choose which words of an attribution
// SignalWhat leaves out, and to set the L2 penalty; neither was used to
// fit.
var model = fitted.layout()

// layout returns the model with its weights and penalties in signal order.
// Names that are not signals are left out; TestModelNames checks that
// there are none.
func (f fittedModel) layout() linearModel {
	m := linearModel{bias: f.bias}
	for i, s := range signalTable {
		m.weights[i] = f.weights[s.name]
		m.penalties[i] = f.penalties[s.name]
	}
	return m
}

// score returns Score.Core and Score.Value for the signal values v.
func (m *linearModel) score(v *signalValues) (core, value float64) {
	z, contradictions := m.bias, 0.0
	for i, x := range v {
		z += m.weights[i] * x
		if signalTable[i].detail {
			contradictions += m.penalties[i] * (1 - x)
		} else {
			z -= m.penalties[i] * (1 - x)
		}
	}
	return sigmoid(z), sigmoid(z - contradictions)
}

// signals returns the values v as Score.Signals lists them.
func (m *linearModel) signals(v *signalValues) []Signal {
	out := make([]Signal, numSignals)
	for i, x := range v {
		out[i] = Signal{Name: signalTable[i].name, Value: x, Weight: m.weights[i], Penalty: m.penalties[i]}
	}
	return out
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }
