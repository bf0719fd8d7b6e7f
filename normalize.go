package newsmerge

import "github.com/newsmerge/newsmerge/text"

// A TokenKind says what a Token holds.
type TokenKind = text.TokenKind

// TokenWord is a word: letters, possibly with digits, internal
// apostrophes ("don't") or the dots of an initialism ("u.s.").
const TokenWord = text.TokenWord

// TokenNumber is a number: digits with the separators of decimals,
// thousands and times ("3.5", "1,000", "5:30"), and a trailing "%".
const TokenNumber = text.TokenNumber

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
