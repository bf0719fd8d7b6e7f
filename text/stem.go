package text

// This file holds the English stemmer used to compare words by their roots.

// Stem returns the stem of word by the English Snowball stemming algorithm,
// also called Porter2: Martin Porter's revision of his 1980 algorithm, as it
// is defined at https://snowballstem.org/algorithms/english/stemmer.html
// (the Snowball 3 revision). A stem is not always a word, but the forms of a
// word usually share it: "travels", "traveling" and "travelled" give
// "travel"; "negotiate" and "negotiations" give "negoti".
//
// The whole definition is followed: the special words (skies, news, atlas,
// andes and the others), the stems that start region R1 late (gener-,
// commun-, arsen-, past-, univers-, later-, emerg-, organ-), the apostrophe
// rules, the marking of consonant y, and steps 0 to 5 with the exceptions
// they carry ("dying" gives "die", "herring" and "exceed" stay whole, "added"
// gives "add").
//
// word must already be folded with Fold. Words of one or two bytes, and words
// holding anything but the letters a to z and the apostrophe (digits, dots,
// hyphens, upper-case or non-ASCII letters), are returned unchanged. stem
// never panics and never returns a string longer than word. It allocates only
// when the stem is not a prefix of word (as "city" gives "citi") or the word
// is longer than 40 bytes. It is safe for concurrent use.
func Stem(word string) string {
	if len(word) <= 2 {
		return word
	}
	for i := 0; i < len(word); i++ {
		if c := word[i]; (c < 'a' || c > 'z') && c != '\'' {
			return word
		}
	}
	if s, ok := stemSpecial(word); ok {
		return s
	}

	// The word is worked on in a byte buffer on the stack when it fits.
	var buf [40]byte
	var w stemWord
	if len(word) <= len(buf) {
		w.b = buf[:len(word)]
	} else {
		w.b = make([]byte, len(word))
	}
	copy(w.b, word)
	off := 0 // bytes dropped from the front of word
	if w.b[0] == '\'' {
		w.b = w.b[1:]
		off = 1
	}
	w.markY()
	w.markRegions()
	w.step1a()
	if len(w.b) > 0 {
		w.step1b()
		w.step1c()
		w.step2()
		w.step3()
		w.step4()
		w.step5()
	}
	for i, c := range w.b {
		if c == 'Y' {
			w.b[i] = 'y'
		}
	}
	// Most stems are what is left of the word once a suffix is gone: return
	// that part of word rather than a copy.
	if rest := word[off:]; len(w.b) <= len(rest) && rest[:len(w.b)] == string(w.b) {
		return rest[:len(w.b)]
	}
	return string(w.b)
}

// stemSpecial returns the stem of the words that the algorithm treats as
// exceptions to all its rules, and false for any other word.
func stemSpecial(word string) (string, bool) {
	switch word {
	case "skies":
		return "sky", true
	// -ly words that are not adverbs made from a shorter word.
	case "idly":
		return "idl", true
	case "gently":
		return "gentl", true
	case "ugly":
		return "ugli", true
	case "early":
		return "earli", true
	case "only":
		return "onli", true
	case "singly":
		return "singl", true
	// Words kept as they are: "news" is not the plural of "new", "howe" is
	// a name, the others end in s without being plurals.
	case "sky", "news", "howe", "atlas", "cosmos", "bias", "andes":
		return word, true
	}
	return "", false
}

// stemWord is a word being stemmed. b holds the word, with 'Y' standing for a
// y that acts as a consonant; p1 and p2 are the offsets where the regions R1
// and R2 start, len(b) when a region is empty.
type stemWord struct {
	b      []byte
	p1, p2 int
}

// stemVowel reports whether c is a vowel. A 'Y' (consonant y) is not.
func stemVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// markY writes 'Y' for a y at the start of the word or after a vowel: such a
// y is a consonant.
func (w *stemWord) markY() {
	for i, c := range w.b {
		if c == 'y' && (i == 0 || stemVowel(w.b[i-1])) {
			w.b[i] = 'Y'
		}
	}
}

// afterVC returns the offset just past the first non-vowel that follows a
// vowel at or after offset i, or len(w.b) if there is none.
func (w *stemWord) afterVC(i int) int {
	for ; i < len(w.b) && !stemVowel(w.b[i]); i++ {
	}
	for ; i < len(w.b); i++ {
		if !stemVowel(w.b[i]) {
			return i + 1
		}
	}
	return len(w.b)
}

// stemLateR1 lists the stems after which R1 starts in the words they begin,
// so that "general", "generous" and "generate" (or "universe", "universal"
// and "university", "organ" and "organize") keep distinct stems.
var stemLateR1 = [...]string{
	"gener", "commun", "arsen", "past", "univers", "later", "emerg", "organ",
}

// markRegions sets p1 and p2. R1 starts after the first vowel and non-vowel
// pair, or after one of stemLateR1 that begins the word; R2 starts after the
// next vowel and non-vowel pair in R1.
func (w *stemWord) markRegions() {
	w.p1 = -1
	for _, p := range stemLateR1 {
		if len(w.b) >= len(p) && string(w.b[:len(p)]) == p {
			w.p1 = len(p)
			break
		}
	}
	if w.p1 < 0 {
		w.p1 = w.afterVC(0)
	}
	w.p2 = w.afterVC(w.p1)
}

// hasSuffix reports whether the word ends with s.
func (w *stemWord) hasSuffix(s string) bool {
	return len(w.b) >= len(s) && string(w.b[len(w.b)-len(s):]) == s
}

// replace puts s in place of the last n bytes of the word. s is never longer
// than n but for the e that step 1b adds after a longer deletion, so the
// buffer never needs to grow.
func (w *stemWord) replace(n int, s string) {
	at := len(w.b) - n
	w.b = w.b[:at+len(s)]
	copy(w.b[at:], s)
}

// vowelBefore reports whether the word has a vowel before offset i.
func (w *stemWord) vowelBefore(i int) bool {
	for j := 0; j < i && j < len(w.b); j++ {
		if stemVowel(w.b[j]) {
			return true
		}
	}
	return false
}

// shortAt reports whether the word cut at offset i ends in a short
// syllable: a non-vowel, a vowel, and a non-vowel other than w, x or Y; a
// vowel and a non-vowel that are the whole of it; or "past" (so that
// "pasted" gives "paste", not "past").
func (w *stemWord) shortAt(i int) bool {
	switch {
	case i >= 4 && string(w.b[i-4:i]) == "past":
		return true
	case i == 2:
		return stemVowel(w.b[0]) && !stemVowel(w.b[1])
	case i >= 3:
		c := w.b[i-1]
		return !stemVowel(c) && c != 'w' && c != 'x' && c != 'Y' &&
			stemVowel(w.b[i-2]) && !stemVowel(w.b[i-3])
	}
	return false
}

// step1a removes the possessive endings ' 's 's' (the algorithm's step 0),
// then plural endings: "sses" to "ss", "ies" and "ied" to "i" (or "ie" in a
// word of four letters, as "ties"), and a final s after a part that holds a
// vowel other than the letter just before the s ("gaps", but not "gas").
// "ss" and "us" are kept.
func (w *stemWord) step1a() {
	switch {
	case w.hasSuffix("'s'"):
		w.replace(3, "")
	case w.hasSuffix("'s"):
		w.replace(2, "")
	case w.hasSuffix("'"):
		w.replace(1, "")
	}
	n := len(w.b)
	switch {
	case w.hasSuffix("sses"):
		w.replace(4, "ss")
	case w.hasSuffix("ied"), w.hasSuffix("ies"):
		if n > 4 {
			w.replace(3, "i")
		} else {
			w.replace(3, "ie")
		}
	case w.hasSuffix("ss"), w.hasSuffix("us"):
	case w.hasSuffix("s"):
		if w.vowelBefore(n - 2) {
			w.replace(1, "")
		}
	}
}

// step1b removes the verb endings "ed", "edly", "ing" and "ingly" from a word
// that has a vowel before them, then restores what the removal broke:
// "luxuriat" gets its e back, "hopp" loses a p, "hop" gets an e. "eed" and
// "eedly" become "ee" in R1 ("agreed" but not "feed"), except in "proceed",
// "exceed" and "succeed". A non-vowel and "ying" become "ie" ("dying" gives
// "die"), and "inning", "outing", "canning", "herring", "earring" and
// "evening" are kept.
func (w *stemWord) step1b() {
	n := len(w.b)
	var cut int
	switch {
	case w.hasSuffix("eedly"):
		cut = 5
	case w.hasSuffix("eed"):
		cut = 3
	}
	if cut > 0 {
		switch string(w.b[:n-cut]) {
		case "proc", "exc", "succ":
			return
		}
		if n-cut >= w.p1 {
			w.replace(cut, "ee")
		}
		return
	}
	switch {
	case w.hasSuffix("ingly"):
		cut = 5
	case w.hasSuffix("edly"):
		cut = 4
	case w.hasSuffix("ing"):
		cut = 3
		switch stem := w.b[:n-3]; string(stem) {
		case "inn", "out", "cann", "herr", "earr", "even":
			return
		default:
			if len(stem) == 2 && stem[1] == 'y' && !stemVowel(stem[0]) {
				w.replace(4, "ie")
				return
			}
		}
	case w.hasSuffix("ed"):
		cut = 2
	default:
		return
	}
	if !w.vowelBefore(n - cut) {
		return
	}
	w.replace(cut, "")
	n = len(w.b)
	switch {
	case w.hasSuffix("at"), w.hasSuffix("bl"), w.hasSuffix("iz"):
		w.replace(0, "e")
	case n >= 2 && w.b[n-1] == w.b[n-2] && stemDouble(w.b[n-1]):
		// A double after a lone a, e or o is the word's own: "add", "egg",
		// "err", "off".
		if !(n == 3 && (w.b[0] == 'a' || w.b[0] == 'e' || w.b[0] == 'o')) {
			w.replace(1, "")
		}
	case w.p1 == n && w.shortAt(n):
		w.replace(0, "e")
	}
}

// stemDouble reports whether a doubled c is one that step 1b undoubles.
func stemDouble(c byte) bool {
	switch c {
	case 'b', 'd', 'f', 'g', 'm', 'n', 'p', 'r', 't':
		return true
	}
	return false
}

// step1c turns a final y (or Y) into i after a non-vowel that is not the
// first letter: "cry" gives "cri", but "by" and "say" stay.
func (w *stemWord) step1c() {
	n := len(w.b)
	if n >= 3 && (w.b[n-1] == 'y' || w.b[n-1] == 'Y') && !stemVowel(w.b[n-2]) {
		w.b[n-1] = 'i'
	}
}

// stemRule is a suffix rule of steps 2 to 4: the suffix and what replaces it.
type stemRule struct{ suffix, repl string }

// Rules of step 2, grouped by the suffix's last letter, longer suffixes of a
// group first. "ogi" (after l only) and "li" have conditions of their own.
var (
	stem2I = [...]stemRule{
		{"lessli", "less"}, {"biliti", "ble"}, {"aliti", "al"},
		{"iviti", "ive"}, {"entli", "ent"}, {"fulli", "ful"},
		{"ousli", "ous"}, {"abli", "able"}, {"alli", "al"},
		{"anci", "ance"}, {"enci", "ence"}, {"bli", "ble"},
		{"ogi", "og"}, {"li", ""},
	}
	stem2L = [...]stemRule{{"ational", "ate"}, {"tional", "tion"}}
	stem2N = [...]stemRule{{"ization", "ize"}, {"ation", "ate"}}
	stem2R = [...]stemRule{{"izer", "ize"}, {"ator", "ate"}}
	stem2S = [...]stemRule{
		{"fulness", "ful"}, {"ousness", "ous"}, {"iveness", "ive"},
	}
	stem2M = [...]stemRule{{"alism", "al"}}
	stem2T = [...]stemRule{{"ogist", "og"}}
)

// findRule returns the first rule of rules whose suffix ends the word.
func (w *stemWord) findRule(rules []stemRule) (stemRule, bool) {
	for _, r := range rules {
		if w.hasSuffix(r.suffix) {
			return r, true
		}
	}
	return stemRule{}, false
}

// step2 maps derivational suffixes in R1 to shorter ones: "ization" to
// "ize", "fulness" to "ful", "ogist" to "og", "li" (after c, d, e, g, h, k,
// m, n, r or t) to nothing, and so on. Only the longest suffix that ends the
// word is tried.
func (w *stemWord) step2() {
	n := len(w.b)
	var rules []stemRule
	switch w.b[n-1] {
	case 'i':
		rules = stem2I[:]
	case 'l':
		rules = stem2L[:]
	case 'n':
		rules = stem2N[:]
	case 'r':
		rules = stem2R[:]
	case 's':
		rules = stem2S[:]
	case 'm':
		rules = stem2M[:]
	case 't':
		rules = stem2T[:]
	default:
		return
	}
	r, ok := w.findRule(rules)
	if !ok || n-len(r.suffix) < w.p1 {
		return
	}
	at := n - len(r.suffix) // offset of the suffix
	switch r.suffix {
	case "ogi":
		if at < 1 || w.b[at-1] != 'l' {
			return
		}
	case "li":
		if at < 1 {
			return
		}
		switch w.b[at-1] {
		case 'c', 'd', 'e', 'g', 'h', 'k', 'm', 'n', 'r', 't':
		default:
			return
		}
	}
	w.replace(len(r.suffix), r.repl)
}

// Rules of step 3, longer suffixes first. "ative" is removed in R2 only.
var stem3 = [...]stemRule{
	{"ational", "ate"}, {"tional", "tion"}, {"alize", "al"},
	{"icate", "ic"}, {"iciti", "ic"}, {"ative", ""}, {"ical", "ic"},
	{"ness", ""}, {"ful", ""},
}

// step3 maps or removes the suffixes "ational", "tional", "alize", "icate",
// "iciti", "ical", "ness" and "ful" in R1, and "ative" in R2.
func (w *stemWord) step3() {
	r, ok := w.findRule(stem3[:])
	if !ok {
		return
	}
	at := len(w.b) - len(r.suffix)
	if at < w.p1 || (r.suffix == "ative" && at < w.p2) {
		return
	}
	w.replace(len(r.suffix), r.repl)
}

// Suffixes of step 4, longer ones first: "ement" before "ment" before "ent".
var stem4 = [...]string{
	"ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism",
	"ate", "iti", "ous", "ive", "ize", "ion", "al", "er", "ic",
}

// step4 removes a suffix in R2: "al", "ance", "ence", "er", "ic", "able",
// "ible", "ant", "ement", "ment", "ent", "ism", "ate", "iti", "ous", "ive",
// "ize", and "ion" after s or t. Only the longest suffix that ends the word
// is tried: in "agreement", "ement" is not in R2 and nothing is removed.
func (w *stemWord) step4() {
	for _, s := range stem4 {
		if !w.hasSuffix(s) {
			continue
		}
		at := len(w.b) - len(s)
		if at < w.p2 {
			return
		}
		if s == "ion" && (at < 1 || (w.b[at-1] != 's' && w.b[at-1] != 't')) {
			return
		}
		w.replace(len(s), "")
		return
	}
}

// step5 removes a final e in R2, or in R1 when what comes before it does not
// end in a short syllable, and the second l of a final "ll" in R2.
func (w *stemWord) step5() {
	n := len(w.b)
	switch w.b[n-1] {
	case 'e':
		if n-1 >= w.p2 || (n-1 >= w.p1 && !w.shortAt(n-1)) {
			w.replace(1, "")
		}
	case 'l':
		if n-1 >= w.p2 && n >= 2 && w.b[n-2] == 'l' {
			w.replace(1, "")
		}
	}
}
