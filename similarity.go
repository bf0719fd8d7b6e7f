package newsmerge

import (
	"github.com/newsmerge/newsmerge/similarity"
)

// An Agreement says how two sentences compare on one kind of detail:
// numbers, negation or named entities.
type Agreement = similarity.Agreement

const (
	// Absent means neither sentence has the detail.
	Absent = similarity.Absent

	// Agree means both have it and it is the same.
	Agree = similarity.Agree

	// Differ means both have it and it is not the same: "3 people" and
	// "5 people", "agreed" and "did not agree", "Putin said" and "Peskov
	// said".
	Differ = similarity.Differ

	// OneSided means only one sentence has it.
	OneSided = similarity.OneSided
)

// A Signal is one measured aspect of how alike two sentences are. Value is in
// [0, 1], 1 meaning alike. The log-odds of Score.Core add Weight*Value for
// every signal. A signal that tells a contradiction (SignalNumbers,
// SignalNegation, SignalRoles) or another action (SignalPredicate,
// SignalActions) also has a Penalty: the log-odds lose Penalty*(1-Value),
// Score.Value's for every such signal, Score.Core's for another action
// only.
type Signal = similarity.Signal

const (
	// SignalOverlap is the rarity-weighted F1 of the words the sentences
	// share (stems, with spelling variants matched by the Scorer's Metric).
	SignalOverlap = similarity.SignalOverlap

	// SignalContainment is the larger of the two directed overlaps: how
	// much of the shorter sentence the longer one says.
	SignalContainment = similarity.SignalContainment

	// SignalBigrams is the Dice coefficient of the word-stem bigrams.
	SignalBigrams = similarity.SignalBigrams

	// SignalOrder is the share of the shared words that come in the same
	// order in both sentences (longest increasing subsequence).
	SignalOrder = similarity.SignalOrder

	// SignalChars is the Dice coefficient of the character 4-grams of the
	// folded sentences: it sees spelling variants and shared word parts.
	SignalChars = similarity.SignalChars

	// SignalLength is the ratio of the shorter sentence's word count to the
	// longer's.
	SignalLength = similarity.SignalLength

	// SignalNumbers is 0 when each sentence has a number the other lacks
	// (Score.Numbers is Differ), 1 otherwise. Numbers are figures, number
	// words ("two"), fractions ("half", "quarter") and the names of
	// weekdays and months, so that "on Tuesday" and "on Thursday"
	// contradict each other.
	SignalNumbers = similarity.SignalNumbers

	// SignalNegation is 0 when one sentence is negated and the other is
	// not, 1 otherwise. Negation is a negating word ("not", "never",
	// "without", "n't"), a verb that negates through "to" ("failed to
	// agree"), or a word met by its contrary in the other sentence
	// ("approved" and "rejected", "likely" and "unlikely"), unless the
	// two are verbs acting on two things of one kind (see SignalActions);
	// two of them cancel out.
	SignalNegation = similarity.SignalNegation

	// SignalEntities is 0 when each sentence has a name the other lacks
	// (Score.Entities is Differ), 1 otherwise. Names are capitalised words
	// that are not function words or usual sentence openers.
	SignalEntities = similarity.SignalEntities

	// SignalRoles is the share of shared names that keep their place: 0.5
	// for "Germany beat France in Paris" and "France beat Germany in Paris",
	// where two of four names trade places; a name moved on its own keeps
	// its place. It is 0 when the subject and the object of a shared verb
	// trade places, names or not, with the passive read as such: "a police
	// officer shot a teenager" and "a teenager shot a police officer", "A
	// was defeated by B" and "A defeated B".
	SignalRoles = similarity.SignalRoles

	// SignalCoverage is the smaller of the two directed overlaps: how much
	// of the longer sentence the shorter one says.
	SignalCoverage = similarity.SignalCoverage

	// SignalWords is the F1 of shared words counted without weights.
	SignalWords = similarity.SignalWords

	// SignalPredicate says whether the sentences tell the same action: 1
	// when their verbs (verbs of saying aside) meet, and otherwise SignalWhat
	// scaled by the share of verbs that do not meet, 1-(1-v)(1-w). It is
	// low for "Musk said Tesla would build a factory in Mexico" and "Musk
	// said Tesla would cut prices in China", the same subject doing
	// something else, and stays high for "police arrested three men" and
	// "three men were detained by police". It is 1 when either sentence has
	// no such verb.
	SignalPredicate = similarity.SignalPredicate

	// SignalActions is 0 when a verb of one sentence meets the action that
	// undoes it in the other ("arrived in Beijing", "left Beijing"), or its
	// contrary acting on another thing of the same kind, the objects
	// ending in the same word and each qualifying it with a word the other
	// lacks ("signed the budget bill", "vetoed the defence bill"): two
	// events, both of which can be true. It is 1 otherwise. A contrary
	// acting on the same thing ("approved the bill", "rejected the bill")
	// is a contradiction, counted in SignalNegation.
	SignalActions = similarity.SignalActions

	// SignalPhrases is the mean Dice coefficient of the word-stem trigrams
	// and 4-grams: long runs of words said alike.
	SignalPhrases = similarity.SignalPhrases

	// SignalWhat is the rarity-weighted F1 of the shared common words:
	// those that are not function words, names, numbers or the words of an
	// attribution ("officials said", "according to police"). It tells what
	// is said apart from of whom, where, when and on whose word: low for
	// "Pope Francis was admitted to hospital in Rome on Friday" and "Pope
	// Francis met migrants in Rome on Friday", and for "Israel and Hamas
	// reached a deal, officials said" and "Israel and Hamas traded fire,
	// according to officials".
	SignalWhat = similarity.SignalWhat

	// SignalEdits is 1 minus the word edit distance (insertions, deletions
	// and substitutions of word stems) between the sentences, divided by
	// the longer one's word count.
	SignalEdits = similarity.SignalEdits

	// SignalAdded is 1 minus the weight of the heaviest stretch of
	// consecutive words that one sentence has and the other does not,
	// taken in whichever sentence has the heavier one, over addedWords (0
	// beyond): low when one sentence adds a clause the other lacks, "...,
	// but pledged to comply with its obligations", even if every word of
	// the other sentence is matched. Words reworded one by one leave it
	// high.
	SignalAdded = similarity.SignalAdded

	// SignalReplaced is the same measure in the other sentence, the one
	// with the lighter such stretch: low when each sentence says something,
	// in one stretch, that the other does not.
	SignalReplaced = similarity.SignalReplaced
)

// A Score is the similarity of two sentences with its explanation.
type Score = similarity.Score

// A Scorer compares sentences. Prepare a sentence once, then compare it with
// as many others as needed: all the text work is done in Prepare.
//
// A Scorer is safe for concurrent use as long as its fields are not changed
// while it is in use.
type Scorer = similarity.Scorer

// DefaultMinSpelling is the Jaro-Winkler similarity above which two
// words are taken for spellings of one word: it joins "Zelensky" and
// "Zelenskyy" or "Kyiv" and "Kiev"-like variants sharing a first letter,
// not "Austria" and "Australia".
const DefaultMinSpelling = similarity.DefaultMinSpelling

// NewScorer returns a Scorer with the default metric, weights and threshold.
func NewScorer() *Scorer {
	return similarity.NewScorer()
}

// Similarity scores two sentences with a default Scorer. To compare one
// sentence with many, use a Scorer and Prepare each sentence once.
func Similarity(a, b string) Score {
	return similarity.Similarity(a, b)
}

// Weights holds how rare each word is in a collection of texts, so that rare
// words ("Witkoff", "ceasefire") count for more than common ones ("said",
// "the"). Build it with Add over the sentences at hand; with few texts the
// built-in weights (function words count little, other words fully) carry
// most of the weight, and they take over entirely for a nil *Weights.
//
// Add must not be called while the Weights is in use by a Scorer; reading is
// safe for concurrent use.
type Weights = similarity.Weights

// NewWeights returns empty Weights.
func NewWeights() *Weights {
	return similarity.NewWeights()
}

// A Prepared is a sentence made ready for comparison by a Scorer.
type Prepared = similarity.Prepared

// DefaultThreshold is the score (Score.Value or Score.Core) at or above
// which two sentences are taken to make the same statement: the threshold
// with the best Core accuracy on the training split, averaged over the
// thresholds within 0.03 of it.
const DefaultThreshold = similarity.DefaultThreshold

// A Link says how two sentences relate, as Scorer.Link decides it.
type Link = similarity.Link

const (
	// LinkNone: the sentences make different statements.
	LinkNone = similarity.LinkNone

	// LinkSame: the sentences make the same statement (Score.Value at or
	// above the threshold).
	LinkSame = similarity.LinkSame

	// LinkConflict: the same statement with a contradicting detail, such
	// as another figure, a negation or two names trading places.
	LinkConflict = similarity.LinkConflict

	// LinkCovers: the first sentence says everything the second says, and
	// more ("Witkoff will meet Putin, and Kushner will join the talks"
	// covers "Kushner will join the talks").
	LinkCovers = similarity.LinkCovers

	// LinkCoveredBy: the second sentence covers the first.
	LinkCoveredBy = similarity.LinkCoveredBy

	// MinCovered is the least share of the shorter sentence's weighted
	// words that must be found in the longer one for the longer to cover
	// it.
	MinCovered = similarity.MinCovered

	// MinCoveredWords is the least number of content words (words that
	// are not function words) the shorter sentence must have to be
	// covered: "Putin said." is inside many sentences and says little.
	MinCoveredWords = similarity.MinCoveredWords
)

// A PreparedArticle is an article made ready for CompareArticles: its body
// sentences, each prepared once.
type PreparedArticle = similarity.PreparedArticle

// A SentenceMatch is one pair of sentences that CompareArticles found to
// say the same thing, or one inside the other.
type SentenceMatch = similarity.SentenceMatch

// An ArticleScore says how much of two articles is the same.
type ArticleScore = similarity.ArticleScore
