package segment

import (
	"github.com/newsmerge/newsmerge/internal/lexicon"
	"github.com/newsmerge/newsmerge/text"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the data behind Split: the word sets for sentence
// boundaries and the boilerplate rules. The words of the sets are in
// package internal/lexicon (sentences.go, speech.go), each list with its
// source: the abbreviation lists follow the AP Stylebook's abbreviations
// for titles, months and states and the common abbreviations of company
// names; the sentence starters are frequent sentence-initial words of
// English news text (pronouns, determiners, conjunctions and discourse
// adverbs). Sets are keyed by the lower-cased word without its final dot.

// TitleAbbreviations precede a name or noun, so a capitalised word after them
// does not open a sentence: "Gen. Smith", "St. Louis", "Mt. Everest".
var TitleAbbreviations = text.WordSet(lexicon.TitleAbbreviations)

// numberAbbreviations precede a number: "No. 5", "pp. 12-14", "Vol. 3".
var numberAbbreviations = text.WordSet(lexicon.NumberAbbreviations)

// endingAbbreviations usually end a clause when they end a phrase, so a
// capitalised word after them opens a new sentence unless it is one of the
// continuations: "at 3 p.m. Police arrived" but "at 3 p.m. ET Monday".
var endingAbbreviations = text.WordSet(lexicon.EndingAbbreviations)

// Continuations are capitalised words that continue a time after an ending
// abbreviation: time zones and their names, weekdays and months ("10 a.m.
// Tuesday", "3 a.m. Jan. 5").
var Continuations = text.WordSet(lexicon.Continuations)

// continuingAbbreviations, like initialisms ("U.S.", "U.N.") and initials
// ("J. K. Rowling"), usually continue a name ("Apple Inc. Chief Executive",
// "Martin Luther King Jr. Day", "St. Louis"), so only a sentence starter
// after them opens a new sentence ("120 Broad St. The driver fled").
var continuingAbbreviations = text.WordSet(lexicon.ContinuingAbbreviations)

// SentenceStarters are words that, capitalised, almost always open a
// sentence rather than continue a name.
var SentenceStarters = text.WordSet(lexicon.SentenceStarters)

// SpeechVerbs are the verbs of saying that make an attribution after a
// quotation: “Why now?” Smith asked.
var SpeechVerbs = text.WordSet(lexicon.SpeechVerbs)

// danglingWords cannot end a heading or a complete line: a line that ends
// with one was cut short.
var danglingWords = text.WordSet(lexicon.DanglingWords)

// clauseOpeners start a clause of its own after a verb of saying: "Schumer
// said he disagreed" is a new statement, not the attribution of a quotation.
var clauseOpeners = text.WordSet(lexicon.ClauseOpeners)

// minorTitleWords stay lower case in title-case headings, so they do not count
// when Split measures how capitalised a line is.
var minorTitleWords = text.WordSet(lexicon.MinorTitleWords)

// A boilerplateRule recognises one kind of text around a story in a segment
// folded with Fold (lower case, ASCII quotes and dashes): the segment
// matches Pattern, which is anchored at the start so that it costs little on
// ordinary sentences, or contains one of the Phrases as whole words. The
// other fields narrow the rule so that a real sentence that happens to
// contain the words is kept.
type boilerplateRule struct {
	Reason  string
	Pattern *startPattern // starts with ^
	Phrases []string
	// MaxWords, when not zero, limits the rule to segments of at most that
	// many words.
	MaxWords int
	// Names requires the segment to be a credit line of names: each part
	// between semicolons made of capitalised words and credit words only
	// ("By Jane Doe and John Roe, Associated Press"; "Reporting by Jane
	// Doe; Editing by John Roe"), not "By the Numbers".
	Names bool
	// Unpunctuated requires the segment not to end like a sentence, as
	// credit lines do not: "(AP Photo/Evan Vucci)", "Getty Images".
	Unpunctuated bool
}

// boilerplateRules are tried in order; the first that matches names the
// reason.
var boilerplateRules = []boilerplateRule{
	{Reason: "contributor credit", Phrases: []string{"contributed reporting", "contributed to this report", "contributed to this story", "contributed to this article"}, MaxWords: 40},
	{Reason: "contributor credit", Pattern: mustStart(`^(additional )?(reporting|writing|editing|compiled|produced) by\b`), Names: true},
	{Reason: "advertisement", Pattern: mustStart(`^(advertisement|ad|sponsored( content)?|paid content|story continues below( this)?( advertisement)?|continue reading( below| the main story)?|skip advertisement)[ .:]*$`)},
	{Reason: "promotion", Pattern: mustStart(`^(stay tuned\b|for more (on|about) (this|the) (story|topic)|(subscribe|sign up|register) (to|for|now|here|today)\b|follow (us|@|[a-z. ]+ on (twitter|x|facebook|instagram|threads|bluesky|tiktok))|(click|tap) here\b|(read|see|watch|listen) (more|also|next|now|live)\b|download (our|the) .*\bapp\b|(get|receive) (our|the) .*newsletter\b|related( articles?| stories| coverage)?:|(recommended|trending|most read|more from [a-z ]+):)`), MaxWords: 30},
	{Reason: "promotion", Phrases: []string{", stay tuned", "subscribe to our", "sign up for our", "share this article", "share this story"}, MaxWords: 30},
	{Reason: "photo credit", Pattern: mustStart(`^((photo|image|picture|video|file photo|photograph)( credit)?s?:|\((photo|image)[^)]*\)$|(photo|image|illustration) by\b)`), MaxWords: 20},
	{Reason: "photo credit", Phrases: []string{"getty images", "ap photo", "afp via getty", "reuters/", "shutterstock", "epa-efe"}, MaxWords: 20, Unpunctuated: true},
	{Reason: "copyright", Pattern: mustStart(`^(\(c\)|©|copyright)\b`), Phrases: []string{"all rights reserved"}, MaxWords: 25},
	{Reason: "byline", Pattern: mustStart(`^(by|written by|reported by|words by|story by)\s`), Names: true},
}

// match reports whether the folded segment matches the rule's pattern or
// holds one of its phrases.
func (r boilerplateRule) match(folded string) bool {
	if r.Pattern != nil && r.Pattern.MatchString(folded) {
		return true
	}
	for _, p := range r.Phrases {
		if containsPhrase(folded, p) {
			return true
		}
	}
	return false
}

// containsPhrase reports whether phrase occurs in s between word boundaries
// ("ap photo" is in "(ap photo/jane doe)", not in "a snap photo").
func containsPhrase(s, phrase string) bool {
	for from := 0; ; {
		k := strings.Index(s[from:], phrase)
		if k < 0 {
			return false
		}
		k += from
		end := k + len(phrase)
		before, _ := utf8.DecodeLastRuneInString(s[:k])
		after, _ := utf8.DecodeRuneInString(s[end:])
		if (k == 0 || !text.IsWordRune(before)) && (end == len(s) || !text.IsWordRune(after) || !text.IsWordRune(rune(phrase[len(phrase)-1]))) {
			return true
		}
		from = k + 1
	}
}

// boilerplateReason returns why s is boilerplate, or "" when it is not.
func boilerplateReason(s string) string {
	if !hasLetter(s) {
		if strings.IndexFunc(s, unicode.IsDigit) >= 0 {
			return "number-only line"
		}
		return "no words"
	}
	folded := text.Fold(s)
	words := foldedWords(folded)
	for _, r := range boilerplateRules {
		if r.MaxWords > 0 && words > r.MaxWords {
			continue
		}
		if !r.match(folded) || r.Unpunctuated && endsSentence(s) {
			continue
		}
		if r.Names && !isCreditNames(s) {
			continue
		}
		return r.Reason
	}
	return ""
}

// foldedWords returns the number of words of a text folded with Fold,
// len(strings.Fields(folded)): Fold leaves single spaces between words and
// none at either end.
func foldedWords(folded string) int {
	if folded == "" {
		return 0
	}
	return strings.Count(folded, " ") + 1
}

// creditWords may stand between the names of a credit line: "By Jane Doe
// and John Roe, The Associated Press", "Reporting by Jane Doe; Editing by
// John Roe".
var creditWords = text.WordSet(lexicon.CreditWords)

// isCreditNames reports whether s is a credit line: every part between
// semicolons has at most 12 words, each capitalised or a credit word, and
// names someone (two capitalised words in a row, or a single one such as
// "By Reuters"), so that "By the Numbers", "By Tuesday, the talks..." and
// "Reporting by The New York Times first revealed..." are not credits.
func isCreditNames(s string) bool {
	for _, part := range strings.Split(s, ";") {
		words := strings.Fields(part)
		if len(words) == 0 || len(words) > 12 {
			return false
		}
		names, run, longest := 0, 0, 0
		for _, w := range words {
			w = strings.TrimFunc(w, unicode.IsPunct)
			switch {
			case w == "":
			case creditWords[strings.ToLower(w)] && !isCapitalsWord(w):
				run = 0
			case unicode.IsUpper(firstRune(w)) && !text.DayOrMonth[strings.ToLower(w)]:
				names++
				run++
				longest = max(longest, run)
			default:
				return false
			}
		}
		if longest < 2 && !(names == 1 && len(words) == 2) {
			return false
		}
	}
	return true
}
