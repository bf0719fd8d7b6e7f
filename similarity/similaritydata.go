package similarity

import (
	"slices"
	"strings"

	"github.com/newsmerge/newsmerge/internal/lexicon"
	"github.com/newsmerge/newsmerge/segment"
	"github.com/newsmerge/newsmerge/text"
)

// Stopwords are English function words: articles, pronouns, auxiliaries,
// prepositions and conjunctions. They count little in overlap and are never
// names. The list is ours, drawn from the closed word classes of English.
var Stopwords = text.WordSet(lexicon.Stopwords)

// negations are the words that negate a clause; a word ending in "n't"
// counts too.
var negations = text.WordSet(lexicon.Negations)

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
var implicitNegations = text.WordSet(lexicon.ImplicitNegations)

// modals and auxiliaries before a base form mark it as a verb: "would
// build", "will cut".
var verbMarkers = text.WordSet(lexicon.VerbMarkers)

// beForms before a past participle, with "by" after it, make a passive:
// "was defeated by".
var beForms = text.WordSet(lexicon.BeForms)

// determiners are skipped at the start of a verb's object: "shot a
// teenager".
var determiners = text.WordSet(lexicon.Determiners)

// The word sets above are built from the lists of package internal/lexicon
// (function.go), where each list has its source; the number tables and the
// prefixes stay here.

// lex holds the word relations of package lexicon keyed for comparison:
// stems of base forms, and the group of each word in a synonym group or a
// pair.
var lex = newLexTables()

type lexTables struct {
	Group             map[string]int32  // key -> group
	contrary, reverse map[[2]int32]bool // both orders
	related           map[int32][]int32 // group -> the groups contrary or reverse to it, ascending
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
	t.related = make(map[int32][]int32)
	for _, m := range []map[[2]int32]bool{t.contrary, t.reverse} {
		for pair := range m {
			t.related[pair[0]] = append(t.related[pair[0]], pair[1])
		}
	}
	for g, list := range t.related {
		slices.Sort(list)
		t.related[g] = slices.Compact(list)
	}
	for w := range implicitNegations {
		t.implicitNeg[wordKey(w)] = true
	}
	for w := range segment.SpeechVerbs {
		t.reporting[wordKey(w)] = true
	}
	for _, w := range strings.Fields(lexicon.SayingVerbs) {
		t.saying[wordKey(w)] = true
	}
	return t
}
