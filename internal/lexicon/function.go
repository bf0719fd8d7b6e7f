package lexicon

// This file holds the lists of English function words: stopwords,
// negations, auxiliaries, determiners and clause openers.

// Stopwords are English function words: articles, pronouns, auxiliaries,
// prepositions and conjunctions. similarity.Stopwords is read from it: they
// count little in overlap and are never names.
// Source: ours, drawn from the closed word classes of English.
const Stopwords = `
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
`

// Negations are the words that negate a clause in similarity (a word
// ending in "n't" counts too).
// Source: ours, written by hand for news text.
const Negations = `not no never none nobody nothing neither nor without cannot nowhere`

// ImplicitNegations are verbs that negate the verb they govern through
// "to": "failed to agree", "refused to sign", "declined to comment". Base
// forms; similarity compares their stems.
// Source: ours, written by hand for news text.
const ImplicitNegations = `fail refuse decline`

// VerbMarkers are modals and auxiliaries that, before a base form, mark it
// as a verb in similarity: "would build", "will cut".
// Source: ours, written by hand for news text.
const VerbMarkers = `will would can could may might must shall should did does do`

// BeForms are the forms of "be"; before a past participle with "by" after
// it they make a passive in similarity: "was defeated by".
// Source: ours, written by hand for news text.
const BeForms = `is are was were be been being`

// Determiners are skipped by similarity at the start of a verb's object:
// "shot a teenager". SpeakerDeterminers, next, is another determiner list.
// Source: ours, written by hand for news text.
const Determiners = `a an the his her its their our my your this that these those`

// SpeakerDeterminers may open a speaker's phrase in entities ("the
// officials", "two witnesses", "several analysts"). It is kept apart from
// Determiners: it has counts and quantifiers ("two", "several", "other")
// and lacks the demonstratives and "my", "your", which do not open a
// speaker's phrase.
// Source: ours, written by hand for news text.
const SpeakerDeterminers = `the a an his her its their our two three several many some other another`

// ClauseWords are conjunctions and the like that open a clause: in
// entities, the name after one of them may be its subject.
// Source: ours, written by hand for news text.
const ClauseWords = `and but or that while as when because after before since although though if so yet whereas then`

// YearContext are the words after which text reads a four-digit number as
// a year ("in 2019", "since 1998", "mid 2000").
// Source: ours, written by hand for news text.
const YearContext = `in since by until till from of early late mid before after during through to between around circa`
