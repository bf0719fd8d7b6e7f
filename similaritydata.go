package newsmerge

// The model behind Score.Value and Score.Core: a logistic regression over
// the signals, fitted in two stages by
//
//	go run ./internal/tune -write similaritydata.go ../shared/eval/mrpc/msr_paraphrase_train.txt
//
// which rewrites the lines between the model markers. Stage 1 fits the core
// signals (overlap, containment, bigrams, order, chars, length, coverage,
// words) and the bias on the training split of the Microsoft Research
// Paraphrase Corpus (Dolan, Quirk and Brockett 2004): that is Score.Core.
// Stage 2 keeps them fixed and fits the contradiction signals (numbers,
// negation, roles) on contrast pairs made from the training paraphrases: each
// paraphrase that agrees on every detail, against copies of it with a shared
// number changed, the negation flipped, or two shared names swapped. The
// development split was used to choose signals, never to fit.
var (
	// model:begin
	modelBias = -34.9290
	// overlap containment bigrams order chars length numbers negation entities roles coverage words
	modelWeights = [numSignals]float64{1.7866, -0.3853, -4.5743, 1.2737, 2.2029, 2.5271, 6.6248, 7.5807, 0.0000, 12.0238, 3.4605, 6.2998}
	// model:end
)

// DefaultThreshold is the score (Score.Value or Score.Core) at or above
// which two sentences are taken to make the same statement: the threshold
// with the best Core accuracy on the training split.
const DefaultThreshold = 0.53

// stopwords are English function words: articles, pronouns, auxiliaries,
// prepositions and conjunctions. They count little in overlap and are never
// names. The list is ours, drawn from the closed word classes of English.
var stopwords = wordSet(`
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
var negations = wordSet(`not no never none nobody nothing neither nor without cannot nowhere`)

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
