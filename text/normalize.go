package text

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// A TokenKind says what a Token holds.
type TokenKind uint8

const (
	// TokenWord is a word: letters, possibly with digits, internal
	// apostrophes ("don't") or the dots of an initialism ("u.s.").
	TokenWord TokenKind = iota
	// TokenNumber is a number: digits with the separators of decimals,
	// thousands and times ("3.5", "1,000", "5:30"), and a trailing "%".
	TokenNumber
)

// String returns "word" or "number".
func (k TokenKind) String() string {
	if k == TokenNumber {
		return "number"
	}
	return "word"
}

// A Token is a word or number of a text, folded for comparison.
type Token struct {
	// Text is the token folded with Fold: "Zelenskyy’s" gives "zelenskyy",
	// "Micheál" gives "micheal", "U.S." gives "u.s.".
	Text string
	// Start and End are byte offsets into the text given to Tokenize: the
	// original spelling is text[Start:End]. A possessive "'s" is not part of
	// the token.
	Start, End int
	// Position is the token's index among the tokens of the text.
	Position int
	// Kind says whether the token is a word or a number.
	Kind TokenKind
}

// folder is the transformation chain behind Fold. Transformers keep state, so
// each goroutine takes its own from folderPool.
type folder struct{ t transform.Transformer }

var folderPool = sync.Pool{New: func() any {
	return &folder{t: transform.Chain(
		runes.Map(foldPunct),               // before NFKD, which would split "´" and "″"
		norm.NFKD,                          // compatibility forms: width, ligatures, "…" to "..."
		runes.Map(foldPunct),               // and after it, for what it makes: "｀" to "`"
		runes.Remove(runes.In(unicode.Mn)), // diacritics: "é" to "e"
		norm.NFC,
		cases.Fold(),
		runes.Map(foldCherokee),
	)}
}}

// foldPunct maps the many quote, apostrophe and dash characters of news text
// to their ASCII forms, so that typography never decides a comparison.
func foldPunct(r rune) rune {
	switch r {
	case '\u2018', '\u2019', '\u201A', '\u201B', '\u2039', '\u203A', '\u2032', '\u02BC', '\u0060', '\u00B4':
		return '\''
	case '\u2033', '\u201E', '\u2E42': // double prime, low-9 quotation marks
		return '"'
	case '\u2212', '\u2043': // minus sign, hyphen bullet
		return '-'
	}
	switch {
	case unicode.IsSpace(r):
		return ' '
	case unicode.Is(unicode.Pd, r): // every dash: en, em, two-em, wave dash, ...
		return '-'
	case unicode.In(r, unicode.Pi, unicode.Pf): // remaining quotation marks: “ ” „ « »
		return '"'
	}
	return r
}

// foldCherokee maps lower-case Cherokee letters to the capitals that Unicode
// case folding (CaseFolding.txt) makes of them. cases.Fold in
// golang.org/x/text v0.22.0 maps them the other way, which makes folding
// swap the case of Cherokee text at each pass instead of settling.
func foldCherokee(r rune) rune {
	switch {
	case r >= 0xAB70 && r <= 0xABBF:
		return r - 0xAB70 + 0x13A0
	case r >= 0x13F8 && r <= 0x13FD:
		return r - 0x13F8 + 0x13F0
	}
	return r
}

// Fold returns s folded for comparison: Unicode compatibility normalisation
// (full-width letters, ligatures), diacritics removed ("Micheál" gives
// "micheal"), case folded, curly quotes and all dashes mapped
// to their ASCII forms, and runs of white space collapsed to one space, with
// none at either end. Two strings that differ only in these ways fold to the
// same string. Invalid UTF-8 bytes become U+FFFD. Fold is safe for concurrent
// use.
func Fold(s string) string {
	if folded, ok := FoldNewsASCII(s); ok {
		return folded
	}
	return FoldChain(s)
}

// FoldChain folds s with the full transformation chain.
func FoldChain(s string) string {
	f := folderPool.Get().(*folder)
	out, _, err := transform.String(f.t, strings.ToValidUTF8(s, "\uFFFD"))
	folderPool.Put(f)
	if err != nil {
		// The chain cannot fail on valid UTF-8; keep the input rather than
		// lose it.
		out = s
	}
	return strings.Join(strings.Fields(out), " ")
}

// FoldNewsASCII folds, without the transformation chain, the text most news
// is made of: ASCII with typographic quotes, dashes and the ellipsis. It gives
// what the chain gives and reports false for any other character.
func FoldNewsASCII(s string) (string, bool) {
	if foldedASCII(s) {
		return s, true
	}
	var b strings.Builder
	b.Grow(len(s))
	space := true // drop leading white space and collapse runs
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			i++
			switch {
			case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
				if !space {
					b.WriteByte(' ')
					space = true
				}
				continue
			case c == '`':
				c = '\''
			case c >= 'A' && c <= 'Z':
				c += 'a' - 'A'
			case c < ' ' || c == 0x7F:
				return "", false // control characters: leave them to the chain
			}
			b.WriteByte(c)
			space = false
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '\u2026':
			b.WriteString("...")
			space = false
			continue
		case r == '\u2018' || r == '\u2019' || r == '\u201C' || r == '\u201D' || r == '\u2013' || r == '\u2014':
			r = foldPunct(r)
		default:
			return "", false
		}
		b.WriteRune(r)
		space = false
	}
	return strings.TrimSuffix(b.String(), " "), true
}

// foldedASCII reports whether s is ASCII that Fold leaves as it is: no
// capitals, backquotes or control characters, and white space only as
// single spaces between words. Most tokens are, and Fold returns them
// without copying.
func foldedASCII(s string) bool {
	space := true // at the start, or after a space
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf || c < ' ' || c == 0x7F || c == '`' || c >= 'A' && c <= 'Z':
			return false
		case c == ' ':
			if space {
				return false
			}
			space = true
		default:
			space = false
		}
	}
	return !space || s == ""
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
func Tokenize(text string) []Token {
	// About one token in six bytes of news text: room for most sentences
	// without growing.
	toks := make([]Token, 0, len(text)/6+1)
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) || IsApostrophe(r) {
			i += size // a mark or an emoji's variation selector only continues a word
			continue
		}
		start, end, next := i, 0, 0
		kind := TokenWord
		if unicode.IsDigit(r) {
			end = scanNumber(text, i)
			next = end
			if r, _ := utf8.DecodeRuneInString(text[end:]); unicode.IsLetter(r) {
				end, next = scanWord(text, end) // "1990s", "5pm", "2nd"
			} else {
				kind = TokenNumber
			}
		} else {
			end, next = scanWord(text, i)
		}
		if folded := Fold(text[start:end]); folded != "" { // "ͺ" folds to nothing
			toks = append(toks, Token{Text: folded, Start: start, End: end, Position: len(toks), Kind: kind})
		}
		i = SkipPossessive(text, next) // "Russia’s", "the U.S.’s", "the 1990’s"
	}
	if len(toks) == 0 {
		return nil // a text without words
	}
	return toks
}

// IsWordRune reports whether r can be part of a word or number.
func IsWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
}

// IsApostrophe reports whether r is a straight or typographic apostrophe.
func IsApostrophe(r rune) bool { return r == '\'' || r == '\u2019' || r == '\u02BC' }

// scanWord returns the end of the word that starts at i, and where scanning
// goes on: after a possessive "'s" that is not part of the word.
func scanWord(text string, i int) (end, next int) {
	start := i
	letters := 0 // letters since the last dot, to recognise initialisms
	initialism := true
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case IsApostrophe(r):
			next, _ := utf8.DecodeRuneInString(text[i+size:])
			if !IsWordRune(next) {
				return i, i + size // trailing apostrophe: "officials’"
			}
			if SkipPossessive(text, i) > i {
				return i, i // the caller skips the possessive
			}
			i += size
			initialism = false
			continue
		case IsWordRune(r):
			i += size
			letters++
			continue
		case r == '.' && initialism && letters == 1:
			// "U.S." and "p.m.": single letters separated by dots.
			next, _ := utf8.DecodeRuneInString(text[i+size:])
			dotted := strings.Contains(text[start:i], ".")
			if unicode.IsLetter(next) {
				after := i + size + utf8.RuneLen(next)
				if after >= len(text) || text[after] == '.' {
					i += size
					letters = 0
					continue
				}
			} else if dotted {
				return i + size, i + size // the final dot of the initialism
			}
		}
		return i, i
	}
	return i, i
}

// SkipPossessive returns the offset after a possessive "'s" at i, or i when
// there is none.
func SkipPossessive(text string, i int) int {
	r, size := utf8.DecodeRuneInString(text[i:])
	if !IsApostrophe(r) {
		return i
	}
	s, ssize := utf8.DecodeRuneInString(text[i+size:])
	if s != 's' && s != 'S' {
		return i
	}
	if after, _ := utf8.DecodeRuneInString(text[i+size+ssize:]); IsWordRune(after) {
		return i // "don’t"-like: part of the word
	}
	return i + size + ssize
}

// scanNumber returns the end of the number that starts at i: digits, with
// '.', ',' or ':' allowed between digits, and a trailing '%'.
func scanNumber(text string, i int) int {
	for i < len(text) {
		c := text[i]
		switch {
		case c >= '0' && c <= '9':
			i++
		case (c == '.' || c == ',' || c == ':') && i+1 < len(text) && text[i+1] >= '0' && text[i+1] <= '9':
			i++
		case c == '%':
			return i + 1
		default:
			r, size := utf8.DecodeRuneInString(text[i:])
			if unicode.IsDigit(r) {
				i += size
				continue
			}
			return i
		}
	}
	return i
}
