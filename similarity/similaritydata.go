package similarity

import (
	"strings"

	"github.com/newsmerge/newsmerge/internal/lexicon"
	"github.com/newsmerge/newsmerge/segment"
	"github.com/newsmerge/newsmerge/text"
)

// The model behind Score.Value and Score.Core: logistic regressions over
// the signals, fitted in two stages by
//
//	go run ./internal/tune -write similaritydata.go ../shared/eval/mrpc/msr_paraphrase_train.txt
//
// which rewrites the lines between the model markers and DefaultThreshold.
// Stage 1 fits modelBias and modelWeights, every signal but SignalEntities,
// on the training split of the Microsoft Research Paraphrase Corpus (Dolan,
// Quirk and Brockett 2004): one statement as those judges saw it. Stage 2
// keeps stage 1 fixed and fits modelPenalties, what a contradiction
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
var (
	// model:begin
	modelBias = -9.8791
	// overlap containment bigrams order chars length numbers negation entities roles coverage words predicate actions phrases what edits added replaced
	modelWeights   = [numSignals]float64{1.0010, -0.3762, -0.1012, -0.0059, 0.8095, 2.3755, 0.5937, 1.1611, 0.0000, 0.2317, 2.0189, 1.8124, -0.4617, 0.7915, -2.6477, 1.1775, 2.7044, 2.2192, 0.9636}
	modelPenalties = [numSignals]float64{0.0000, 0.0000, 0.0000, 0.0000, 0.0000, 0.0000, 6.1195, 6.4871, 0.0000, 10.6770, 0.0000, 0.0000, 2.4734, 4.2741, 0.0000, 0.0000, 0.0000, 0.0000, 0.0000}
	// model:end
)

// DefaultThreshold is the score (Score.Value or Score.Core) at or above
// which two sentences are taken to make the same statement: the threshold
// with the best Core accuracy on the training split, averaged over the
// thresholds within 0.03 of it.
const DefaultThreshold = 0.43

// Stopwords are English function words: articles, pronouns, auxiliaries,
// prepositions and conjunctions. They count little in overlap and are never
// names. The list is ours, drawn from the closed word classes of English.
var Stopwords = text.WordSet(`
	a an the this that these those there here
	i me my mine we us our ours you your yours he him his she her hers it its they them their theirs
	who whom whose which what when where why how
	am is are was were be been being have has had having do does did doing
	will would shall should can could may might must
	and or but nor so yet if then than as because while although though
	of to in on at by for from with about into onto over under after before between through
	during without within against among upon up down out off
	also just only very too more most such both each all any some other another
	not no
`)

// negations are the words that negate a clause; a word ending in "n't"
// counts too.
var negations = text.WordSet(`not no never none nobody nothing neither nor without cannot nowhere`)

// numberWords are number names that Prepare compares as digits, so that
// "two cities" and "2 cities" agree. "one" is left out: it is far more often
// a pronoun ("one of the officials") than a count.
var numberWords = map[string]string{
	"zero": "0", "two": "2", "three": "3", "four": "4", "five": "5",
	"six": "6", "seven": "7", "eight": "8", "nine": "9", "ten": "10",
	"eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14", "fifteen": "15",
	"sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19", "twenty": "20",
	"thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70",
	"eighty": "80", "ninety": "90", "hundred": "100", "dozen": "12",
}

// fractionWords are fraction names that Prepare compares as numbers, so
// that "half a point" and "a quarter of a point" disagree.
var fractionWords = map[string]string{"half": "0.5", "quarter": "0.25"}

// negationPrefixes turn a word into its opposite: "likely" and
// "unlikely", "legal" and "illegal", "agreed" and "disagreed".
var negationPrefixes = []string{"un", "in", "im", "il", "ir", "dis", "non"}

// implicitNegations are verbs that negate the verb they govern through
// "to": "failed to agree", "refused to sign", "declined to comment".
var implicitNegations = text.WordSet(`fail refuse decline`)

// modals and auxiliaries before a base form mark it as a verb: "would
// build", "will cut".
var verbMarkers = text.WordSet(`will would can could may might must shall should did does do`)

// beForms before a past participle, with "by" after it, make a passive:
// "was defeated by".
var beForms = text.WordSet(`is are was were be been being`)

// determiners are skipped at the start of a verb's object: "shot a
// teenager".
var determiners = text.WordSet(`a an the his her its their our my your this that these those`)

// lex holds the word relations of package lexicon keyed for comparison:
// stems of base forms, and the group of each word in a synonym group or a
// pair.
var lex = newLexTables()

type lexTables struct {
	Group             map[string]int32  // key -> group
	contrary, reverse map[[2]int32]bool // both orders
	implicitNeg       map[string]bool   // keys of implicitNegations
	reporting         map[string]bool   // keys of speechVerbs (segmentrules.go): who said it, not what happened
	saying            map[string]bool   // keys of "say" and "tell", attribution wherever they stand
}

func newLexTables() *lexTables {
	t := &lexTables{Group: make(map[string]int32), contrary: make(map[[2]int32]bool), reverse: make(map[[2]int32]bool), implicitNeg: make(map[string]bool), reporting: make(map[string]bool), saying: make(map[string]bool)}
	groupOf := func(w string) int32 {
		k := wordKey(w)
		g, ok := t.Group[k]
		if !ok {
			g = int32(len(t.Group))
			t.Group[k] = g
		}
		return g
	}
	for _, line := range strings.Split(lexicon.SynonymGroups, "\n") {
		words := strings.Fields(line)
		if len(words) == 0 {
			continue
		}
		g := groupOf(words[0])
		for _, w := range words[1:] {
			t.Group[wordKey(w)] = g
		}
	}
	pairs := func(list string, into map[[2]int32]bool) {
		for _, line := range strings.Split(list, "\n") {
			if words := strings.Fields(line); len(words) == 2 {
				a, b := groupOf(words[0]), groupOf(words[1])
				into[[2]int32{a, b}], into[[2]int32{b, a}] = true, true
			}
		}
	}
	pairs(lexicon.ContraryPairs, t.contrary)
	pairs(lexicon.ReversePairs, t.reverse)
	for w := range implicitNegations {
		t.implicitNeg[wordKey(w)] = true
	}
	for w := range segment.SpeechVerbs {
		t.reporting[wordKey(w)] = true
	}
	for _, w := range []string{"say", "says", "said", "tell", "tells", "told"} {
		t.saying[wordKey(w)] = true
	}
	return t
}
