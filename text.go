package newsmerge

import (
	"github.com/newsmerge/newsmerge/text"
)

// A TokenKind says what a Token holds.
type TokenKind = text.TokenKind

const (
	// TokenWord is a word: letters, possibly with digits, internal
	// apostrophes ("don't") or the dots of an initialism ("u.s.").
	TokenWord = text.TokenWord

	// TokenNumber is a number: digits with the separators of decimals,
	// thousands and times ("3.5", "1,000", "5:30"), and a trailing "%".
	TokenNumber = text.TokenNumber
)

// A Token is a word or number of a text, folded for comparison.
type Token = text.Token

// Fold returns s folded for comparison: Unicode compatibility normalisation
// (full-width letters, ligatures), diacritics removed ("Micheál" gives
// "micheal"), case folded, curly quotes and all dashes mapped
// to their ASCII forms, and runs of white space collapsed to one space, with
// none at either end. Two strings that differ only in these ways fold to the
// same string. Invalid UTF-8 bytes become U+FFFD. Fold is safe for concurrent
// use.
func Fold(s string) string {
	return text.Fold(s)
}

// Tokenize splits text into words and numbers, each folded with Fold and
// located by byte offsets into text. Punctuation and white space separate
// tokens and are not returned; hyphens and dashes split words
// ("peace-plan" gives "peace" and "plan"); apostrophes inside a word keep it
// whole ("don’t" gives "don't") except a possessive "'s" or trailing "'",
// which is dropped; a word with dots between single letters is an
// initialism and keeps them ("U.S." gives "u.s."). Numbers keep decimal,
// thousands and time separators between digits and a trailing percent sign.
// Tokenize never fails: invalid UTF-8 bytes separate tokens. It is safe for
// concurrent use.
func Tokenize(in string) []Token {
	return text.Tokenize(in)
}

// A ValueKind says what a Value measures.
type ValueKind = text.ValueKind

const (
	// ValueCount is a number of things: "two cities", "1,000", "a
	// 19-point plan", "4.5 million". "Dozen" is 12 on its own ("a
	// dozen") and multiplies the number before it ("two dozen" and "2
	// dozen" are 24); "half a dozen" is 6; "dozens" gives no exact count,
	// so it is no value.
	ValueCount = text.ValueCount

	// ValueOrdinal is a rank: "sixth", "2nd".
	ValueOrdinal = text.ValueOrdinal

	// ValuePercent is a percentage: "5%", "12.5 percent", "ten per cent".
	ValuePercent = text.ValuePercent

	// ValueMoney is an amount of money: "$4.5 million", "€20", "300
	// euros".
	ValueMoney = text.ValueMoney

	// ValueYear is a year on its own: "in 2024", "since 1991".
	ValueYear = text.ValueYear

	// ValueDate is a calendar date or month: "Nov. 23", "23 November
	// 2025", "2025-11-23", "in March".
	ValueDate = text.ValueDate

	// ValueWeekday is a day of the week: "Tuesday".
	ValueWeekday = text.ValueWeekday

	// ValueTime is a clock time: "5 p.m.", "17:30", "5:30pm", "noon",
	// "24:00" (the end of a day, 1440 minutes). An hour past 23 ("24:59")
	// is not a time, nor is an hour of 0 or 24 with "a.m." or "p.m.", nor
	// one past 12 with "a.m."; "17:30 p.m." is 17:30.
	ValueTime = text.ValueTime
)

// A Value is a number, amount, date or time in a text, with its normalised
// value so that different spellings compare equal: "two" and "2", "5 p.m."
// and "17:00", "Nov. 23" and "November 23", "$4.5 million" and "4,500,000
// dollars".
type Value = text.Value

// Values finds the numbers, amounts, dates and times of a text, in order.
// Offsets are byte offsets into text. Values never fails: a text without
// any gives nil. A number too large for a float64 ("1e400", or 308 nines
// before "billion") is not a value: Values leaves it out, so every Number
// it gives is finite and its result always marshals to JSON. It is safe
// for concurrent use.
func Values(in string) []Value {
	return text.Values(in)
}
