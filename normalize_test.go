package newsmerge

import (
	"fmt"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestFold(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"empty", "", ""},
		{"plain ASCII", "The White House", "the white house"},
		{"already folded", "the white house", "the white house"},

		// Quotes and apostrophes.
		{"curly double quotes", "“SUBSTANTIVE” talks", `"substantive" talks`},
		{"curly single quotes", "‘Very Optimistic’", "'very optimistic'"},
		{"curly apostrophe", "Russia’s war", "russia's war"},
		{"low-9 quotes", "„Ja“ und ‚nein‘", `"ja" und 'nein'`},
		{"reversed-9 quotes", "‟x‟ ‛y‛", `"x" 'y'`},
		{"guillemets", "«non»", `"non"`},
		{"single guillemets", "‹non›", "'non'"},
		{"modifier letter apostrophe", "donʼt", "don't"},
		{"grave accent as apostrophe", "don`t", "don't"},
		{"acute accent as apostrophe", "don´t", "don't"},
		{"prime and double prime", "5′11″", `5'11"`},
		{"full-width quotes", "＂ｘ＂ ＇ｙ＇", `"x" 'y'`},
		{"full-width grave accent as apostrophe", "don｀t", "don't"},
		{"n preceded by apostrophe", "ŉ", "'n"},
		{"straight quotes unchanged", `"x" 'y'`, `"x" 'y'`},

		// Dashes.
		{"hyphen-minus", "peace-plan", "peace-plan"},
		{"hyphen", "peace\u2010plan", "peace-plan"},
		{"non-breaking hyphen", "peace\u2011plan", "peace-plan"},
		{"figure dash", "555\u20121234", "555-1234"},
		{"en dash", "Russia–U.S.", "russia-u.s."},
		{"em dash", "talks—and", "talks-and"},
		{"spaced em dash", "talks — and", "talks - and"},
		{"horizontal bar", "\u2015 quote", "- quote"},
		{"minus sign", "\u22125", "-5"},
		{"hyphen bullet", "\u2043 item", "- item"},
		{"small em dash", "a\uFE58b", "a-b"},
		{"small hyphen-minus", "a\uFE63b", "a-b"},
		{"full-width hyphen-minus", "a\uFF0Db", "a-b"},
		{"two-em dash", "a\u2E3Ab", "a-b"},
		{"three-em dash", "a\u2E3Bb", "a-b"},

		// Diacritics.
		{"Micheál", "Micheál Martin", "micheal martin"},
		{"São Paulo", "São Paulo", "sao paulo"},
		{"Zelenskyy", "Zelenskyy", "zelenskyy"},
		{"Zelenskyy possessive", "Zelenskyy’s", "zelenskyy's"},
		{"decomposed input", "Michea\u0301l", "micheal"},
		{"cedilla and diaeresis", "Françoise Düsseldorf", "francoise dusseldorf"},
		{"tilde and breve", "Peña Erdoğan", "pena erdogan"},
		{"several marks", "Nguyễn Phú Trọng", "nguyen phu trong"},
		{"capital with diacritic", "ÉLYSÉE", "elysee"},
		{"Greek tonos", "Αθήνα", "αθηνα"},

		// Compatibility forms.
		{"full-width letters", "Ｋｙｉｖ", "kyiv"},
		{"full-width digits", "２０２５", "2025"},
		{"full-width mixed with ideographic space", "ＵＳＡ\u3000２０２５", "usa 2025"},
		{"ligatures", "ﬁnancial ﬂight oﬃce ﬀ ﬆ", "financial flight office ff st"},
		{"ellipsis", "wait…", "wait..."},
		{"superscript", "x²", "x2"},

		// Case folding, as Go's cases.Fold does it (full, not Turkic).
		{"capitals", "WASHINGTON", "washington"},
		{"German sharp s", "Straße", "strasse"},
		{"German capital sharp s", "STRAẞE", "strasse"},
		{"sharp s matches ss", "STRASSE", "strasse"},
		{"Turkish dotted capital I", "İstanbul", "istanbul"},
		{"Turkish capitals", "İSTANBUL", "istanbul"},
		{"Turkish dotless i kept", "ıspanak", "ıspanak"},
		{"Greek final sigma", "ΟΔΟΣ οδός", "οδοσ οδοσ"},
		{"Cyrillic", "КИЇВ", "киів"},
		{"ligature oe", "Œuvre", "œuvre"},
		// Unicode folds Cherokee small letters to the capitals, which were
		// encoded first (CaseFolding.txt: AB70; C; 13A0).
		{"Cherokee capital letter", "\u13A0\u13ED", "\u13A0\u13ED"},
		{"Cherokee small letter", "\uAB70\uABBD", "\u13A0\u13ED"},

		// White space.
		{"runs collapsed", "a  b\t\tc", "a b c"},
		{"ends trimmed", "  \t a b \n ", "a b"},
		{"line breaks", "a\r\n\r\nb\nc", "a b c"},
		{"only white space", " \t\r\n ", ""},
		{"no-break space", "a\u00A0b", "a b"},
		{"thin and em spaces", "a\u2009b\u2003c", "a b c"},
		{"ideographic space", "a\u3000b", "a b"},
		{"line and paragraph separators", "a\u2028b\u2029c", "a b c"},
		{"next line", "a\u0085b", "a b"},
		{"white space collapsed after non-ASCII", "é  \u00A0 é", "e e"},

		// Invalid UTF-8.
		{"invalid byte", "a\xffb", "a\uFFFDb"},
		{"invalid byte alone", "\xff", "\uFFFD"},
		{"Latin-1 text", "CAF\xc9", "caf\uFFFD"},
		{"truncated sequence", "caf\xe2\x80", "caf\uFFFD"},
		{"invalid byte between spaces", "a \xff  b", "a \uFFFD b"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Fold(tc.in)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Fold(%q) (-want +got):\n%s", tc.in, diff)
			}
			if again := Fold(got); again != got {
				t.Errorf("Fold is not idempotent: Fold(%q) = %q", got, again)
			}
		})
	}
}

// TestFoldEveryDash checks that every Unicode dash (general category Pd)
// folds to an ASCII hyphen, as Fold promises for "all dashes".
func TestFoldEveryDash(t *testing.T) {
	var dashes []rune
	for _, rng := range unicode.Pd.R16 {
		for r := rune(rng.Lo); r <= rune(rng.Hi); r += rune(rng.Stride) {
			dashes = append(dashes, r)
		}
	}
	for _, rng := range unicode.Pd.R32 {
		for r := rune(rng.Lo); r <= rune(rng.Hi); r += rune(rng.Stride) {
			dashes = append(dashes, r)
		}
	}
	tests := []struct {
		name string
		in   string
		want string
	}{}
	for _, r := range dashes {
		tests = append(tests, struct {
			name string
			in   string
			want string
		}{fmt.Sprintf("U+%04X %c", r, r), "a" + string(r) + "b", "a-b"})
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, Fold(tc.in)); diff != "" {
				t.Errorf("Fold(%q) (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

// wantTok is an expected token: its folded text, its spelling in the input
// and its kind. tokens locates the spellings in order to give Start, End and
// Position.
type wantTok struct {
	text, orig string
	kind       TokenKind
}

func word(text, orig string) wantTok { return wantTok{text, orig, TokenWord} }
func num(text, orig string) wantTok  { return wantTok{text, orig, TokenNumber} }

func tokens(t *testing.T, in string, want []wantTok) []Token {
	t.Helper()
	var toks []Token
	end := 0
	for i, w := range want {
		k := strings.Index(in[end:], w.orig)
		if k < 0 {
			t.Fatalf("test bug: %q not found in %q after byte %d", w.orig, in, end)
		}
		start := end + k
		end = start + len(w.orig)
		toks = append(toks, Token{Text: w.text, Start: start, End: end, Position: i, Kind: w.kind})
	}
	return toks
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []wantTok
	}{
		{"empty", "", nil},
		{"punctuation only", " … — !? ( ) “ ” ", nil},
		{"words", "Talks resume in Geneva", []wantTok{word("talks", "Talks"), word("resume", "resume"), word("in", "in"), word("geneva", "Geneva")}},
		{"diacritics folded", "Micheál Martin met Zelenskyy", []wantTok{word("micheal", "Micheál"), word("martin", "Martin"), word("met", "met"), word("zelenskyy", "Zelenskyy")}},
		{"decomposed diacritic stays in the word", "Michea\u0301l", []wantTok{word("micheal", "Michea\u0301l")}},
		{"full-width word", "Ｋｙｉｖ talks", []wantTok{word("kyiv", "Ｋｙｉｖ"), word("talks", "talks")}},
		{"ligature", "ﬁnancial", []wantTok{word("financial", "ﬁnancial")}},
		{"German sharp s", "Straße", []wantTok{word("strasse", "Straße")}},

		// Apostrophes.
		{"possessive, curly", "Russia’s war", []wantTok{word("russia", "Russia"), word("war", "war")}},
		{"possessive, straight", "Zelenskyy's office", []wantTok{word("zelenskyy", "Zelenskyy"), word("office", "office")}},
		{"possessive, modifier apostrophe", "Kyivʼs mayor", []wantTok{word("kyiv", "Kyiv"), word("mayor", "mayor")}},
		{"possessive in capitals", "NATO’S CHIEF", []wantTok{word("nato", "NATO"), word("chief", "CHIEF")}},
		{"possessive at the end", "It was Putin’s.", []wantTok{word("it", "It"), word("was", "was"), word("putin", "Putin")}},
		{"possessive after s", "Jones’s car", []wantTok{word("jones", "Jones"), word("car", "car")}},
		{"plural possessive", "officials’ talks", []wantTok{word("officials", "officials"), word("talks", "talks")}},
		{"contraction", "don’t", []wantTok{word("don't", "don’t")}},
		{"contractions", "We can't and won’t", []wantTok{word("we", "We"), word("can't", "can't"), word("and", "and"), word("won't", "won’t")}},
		{"apostrophe in a name", "O’Brien and O’Sullivan", []wantTok{word("o'brien", "O’Brien"), word("and", "and"), word("o'sullivan", "O’Sullivan")}},
		{"quoted word", "‘Very Optimistic’", []wantTok{word("very", "Very"), word("optimistic", "Optimistic")}},
		{"leading apostrophe", "the ’90s", []wantTok{word("the", "the"), word("90s", "90s")}},
		{"possessive after an initialism", "the U.S.’s allies", []wantTok{word("the", "the"), word("u.s.", "U.S."), word("allies", "allies")}},
		{"possessive after a number", "the 1990’s boom", []wantTok{word("the", "the"), num("1990", "1990"), word("boom", "boom")}},

		// Initialisms.
		{"initialism", "U.S. officials", []wantTok{word("u.s.", "U.S."), word("officials", "officials")}},
		{"initialism at the end", "in the U.S.", []wantTok{word("in", "in"), word("the", "the"), word("u.s.", "U.S.")}},
		{"initialism before a hyphen", "U.S.-led talks", []wantTok{word("u.s.", "U.S."), word("led", "led"), word("talks", "talks")}},
		{"initialism after an en dash", "Russia–U.S. Peace", []wantTok{word("russia", "Russia"), word("u.s.", "U.S."), word("peace", "Peace")}},
		{"three letters", "U.S.A. and U.N.", []wantTok{word("u.s.a.", "U.S.A."), word("and", "and"), word("u.n.", "U.N.")}},
		{"lower-case initialism", "5 p.m. local time", []wantTok{num("5", "5"), word("p.m.", "p.m."), word("local", "local"), word("time", "time")}},
		{"initials in a name", "George W. Bush", []wantTok{word("george", "George"), word("w", "W"), word("bush", "Bush")}},
		{"sentence end is not an initialism", "They left. Then", []wantTok{word("they", "They"), word("left", "left"), word("then", "Then")}},

		// Hyphens and dashes split words.
		{"hyphenated word", "peace-plan proposal", []wantTok{word("peace", "peace"), word("plan", "plan"), word("proposal", "proposal")}},
		{"hyphenated capitals", "High-Stakes", []wantTok{word("high", "High"), word("stakes", "Stakes")}},
		{"em dash without spaces", "officials—including", []wantTok{word("officials", "officials"), word("including", "including")}},
		{"word and number", "COVID-19", []wantTok{word("covid", "COVID"), num("19", "19")}},
		{"non-breaking hyphen", "peace\u2011plan", []wantTok{word("peace", "peace"), word("plan", "plan")}},

		// Numbers.
		{"decimal percent", "3.5% growth", []wantTok{num("3.5%", "3.5%"), word("growth", "growth")}},
		{"thousands", "1,000 troops", []wantTok{num("1,000", "1,000"), word("troops", "troops")}},
		{"millions", "1,000,000", []wantTok{num("1,000,000", "1,000,000")}},
		{"time", "at 5:30", []wantTok{word("at", "at"), num("5:30", "5:30")}},
		{"number then hyphen", "19-point plan", []wantTok{num("19", "19"), word("point", "point"), word("plan", "plan")}},
		{"decade", "the 1990s", []wantTok{word("the", "the"), word("1990s", "1990s")}},
		{"ordinal", "2nd round", []wantTok{word("2nd", "2nd"), word("round", "round")}},
		{"money", "$4.5 million", []wantTok{num("4.5", "4.5"), word("million", "million")}},
		{"number before a full stop", "in 2025.", []wantTok{word("in", "in"), num("2025", "2025")}},
		{"number before a comma", "1,000, then", []wantTok{num("1,000", "1,000"), word("then", "then")}},
		{"percent before a full stop", "rose 100%.", []wantTok{word("rose", "rose"), num("100%", "100%")}},
		{"score", "3-2 win", []wantTok{num("3", "3"), num("2", "2"), word("win", "win")}},
		{"full-width digits", "２０２５", []wantTok{num("2025", "２０２５")}},

		// Emoji and symbols.
		{"emoji", "Peace 🕊 talks 😀", []wantTok{word("peace", "Peace"), word("talks", "talks")}},
		{"emoji with variation selector", "I ❤️ NY", []wantTok{word("i", "I"), word("ny", "NY")}},
		{"emoji with variation selector between words", "peace🕊️talks", []wantTok{word("peace", "peace"), word("talks", "talks")}},
		{"emoji with skin tone", "👍🏽 yes", []wantTok{word("yes", "yes")}},
		{"emoji sequence", "👨‍👩‍👧 family", []wantTok{word("family", "family")}},
		{"flag", "🇺🇦 Ukraine", []wantTok{word("ukraine", "Ukraine")}},
		{"symbols", "© 2025 & #tag @user ™ €5 °C", []wantTok{num("2025", "2025"), word("tag", "tag"), word("user", "user"), num("5", "5"), word("c", "C")}},
		{"stray combining mark", "a \u0301 b", []wantTok{word("a", "a"), word("b", "b")}},
		{"letter that folds to nothing", "a \u037A b", []wantTok{word("a", "a"), word("b", "b")}},

		// Invalid UTF-8.
		{"invalid byte separates words", "abc\xffdef", []wantTok{word("abc", "abc"), word("def", "def")}},
		{"invalid byte inside a number", "12\xff34", []wantTok{num("12", "12"), num("34", "34")}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			want := tokens(t, tc.in, tc.want)
			got := Tokenize(tc.in)
			if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("Tokenize(%q) (-want +got):\n%s", tc.in, diff)
			}
			for _, tok := range got {
				if tok.Start < 0 || tok.Start >= tok.End || tok.End > len(tc.in) {
					t.Errorf("token %+v outside the text", tok)
					continue
				}
				if f := Fold(tc.in[tok.Start:tok.End]); tok.Text != f {
					t.Errorf("token %+v: Text is not Fold(%q) = %q", tok, tc.in[tok.Start:tok.End], f)
				}
			}
		})
	}
}

func TestTokenKindString(t *testing.T) {
	tests := []struct {
		kind TokenKind
		want string
	}{
		{TokenWord, "word"},
		{TokenNumber, "number"},
	}
	for _, tc := range tests {
		t.Run(tc.want, func(t *testing.T) {
			if got := tc.kind.String(); got != tc.want {
				t.Errorf("String() = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestTokenizeSeeds checks the token invariants on the seed articles.
func TestTokenizeSeeds(t *testing.T) {
	for _, name := range []string{seedABC, seedQuen} {
		t.Run(name, func(t *testing.T) {
			a := readSeed(t, name)
			checkTokenInvariants(t, a.Body, Tokenize(a.Body))
		})
	}
}

// checkTokenInvariants checks what Tokenize promises for any text: tokens in
// order, inside the text, not overlapping, with a non-empty Text that is the
// folded spelling, valid UTF-8 spellings, and Positions 0, 1, 2, ...
func checkTokenInvariants(t testing.TB, text string, toks []Token) {
	t.Helper()
	prevEnd := 0
	for i, tok := range toks {
		if tok.Position != i {
			t.Fatalf("token %d %+v has Position %d", i, tok, tok.Position)
		}
		if tok.Start < prevEnd || tok.End <= tok.Start || tok.End > len(text) {
			t.Fatalf("token %d %+v out of order or outside the text (len %d, previous end %d)", i, tok, len(text), prevEnd)
		}
		if tok.Text == "" {
			t.Fatalf("token %d %+v has no Text (spelling %q)", i, tok, text[tok.Start:tok.End])
		}
		orig := text[tok.Start:tok.End]
		if !utf8.ValidString(orig) {
			t.Fatalf("token %d %+v: spelling %q holds invalid UTF-8", i, tok, orig)
		}
		if f := Fold(orig); f != tok.Text {
			t.Fatalf("token %d %+v: Text is not Fold(%q) = %q", i, tok, orig, f)
		}
		if tok.Kind != TokenWord && tok.Kind != TokenNumber {
			t.Fatalf("token %d %+v: unknown kind", i, tok)
		}
		prevEnd = tok.End
	}
}
