package segment

import (
	"encoding"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsmerge/newsmerge/article"
	"github.com/newsmerge/newsmerge/internal/enum"
	"github.com/newsmerge/newsmerge/text"
)

// A Role says what part a segment of an article plays.
type Role uint8

const (
	// RoleBody is a sentence of the story.
	RoleBody Role = iota
	// RoleHeadline is the article's headline: its first line when that line
	// looks like one.
	RoleHeadline
	// RoleSubheading is a short heading line between paragraphs.
	RoleSubheading
	// RoleDateline is the place prefix that opens a wire story, such as
	// "LONDON —" or "KYIV, Ukraine (AP) —".
	RoleDateline
	// RoleBoilerplate is text around the story that is not part of it:
	// bylines, credits, promotions, advertisement markers, stray lines.
	// Sentence.Reason says which.
	RoleBoilerplate
)

var roleNames = [...]string{"body", "headline", "subheading", "dateline", "boilerplate"}

// String returns the role's name: "body", "headline", "subheading",
// "dateline" or "boilerplate".
func (r Role) String() string { return enum.Name(roleNames[:], int(r), "Role") }

// MarshalText encodes the role as its name.
func (r Role) MarshalText() ([]byte, error) {
	if int(r) >= len(roleNames) {
		return nil, fmt.Errorf("newsmerge: unknown role %d", r)
	}
	return []byte(roleNames[r]), nil
}

// UnmarshalText decodes a role name as written by MarshalText; a nil *Role
// gives an error wrapping ErrNil.
func (r *Role) UnmarshalText(b []byte) error {
	return enum.Unmarshal(r, roleNames[:], b, "role")
}

var (
	_ encoding.TextMarshaler   = Role(0)
	_ encoding.TextUnmarshaler = (*Role)(nil)
)

// A Sentence is one segment of an article's body: a sentence, a heading, a
// dateline or a piece of boilerplate.
type Sentence struct {
	// Article is the ID of the article the sentence comes from.
	Article string `json:"article"`
	// Index is the segment's position among the article's segments.
	Index int `json:"index"`
	// Paragraph is the index of the paragraph that holds the segment.
	// Paragraphs are separated by line breaks (see Split).
	Paragraph int `json:"paragraph"`
	// Start and End are byte offsets into the article's Body:
	// Text == Body[Start:End].
	Start int `json:"start"`
	End   int `json:"end"`
	// Text is the segment exactly as it stands in the body, inner line
	// breaks included. It has no white space at either end.
	Text string `json:"text"`
	// Role says what the segment is.
	Role Role `json:"role"`
	// Reason says why a RoleBoilerplate segment was set aside, such as
	// "byline" or "promotion"; it is empty for other roles.
	Reason string `json:"reason,omitempty"`
}

// span is a half-open byte range of a text.
type span struct{ start, end int }

// paragraph is a run of lines that belong together: one line, or several
// when the text is hard-wrapped.
type paragraph struct {
	span
	lines int
}

// Split divides an article's body into segments and gives each a role. Every
// character of the body other than white space belongs to exactly one
// segment; segments are returned in order, and their offsets point into
// a.Body.
//
// Paragraphs. A blank line always ends a paragraph. A single line break ends
// one too, except inside a hard-wrapped block (every line but the last at
// most 100 characters and close to the block's widest line) or before a line
// that starts with a lower-case letter after a line without final
// punctuation: those breaks are line wraps within a sentence.
//
// Headings. The first paragraph is the headline when it is one short line
// (at most 30 words) that does not end like a sentence and is followed by
// more text, or when it equals a.Title. A later one-line paragraph of at most
// 12 words that does not end like a sentence is a subheading, when most of its
// words are capitalised or it has at most 6 words.
//
// Sentences. A sentence ends at '.', '!', '?', '…' or any other Unicode
// sentence terminator that is followed by white space or the end of the
// paragraph, after any closing quotes and brackets. It does not end when the
// next word starts in lower case ("U.S. officials", "5 p.m. local time"); after
// a title ("Dr.", "Gen.", "St."), an initial ("J. R. R. Tolkien"), or before
// a number after "No." or a month ("No. 5", "Nov. 23"); after an initialism or
// company abbreviation ("U.S.", "Inc.") unless the next word usually opens a
// sentence ("The", "He", "But"); or after a quotation followed by its
// attribution ("Why now?" Smith asked.). Decimals, times and web addresses
// never end sentences, because the dot is not followed by a space.
//
// Datelines. An opening of the first body paragraph made of at most 8 words,
// the first in capitals, followed by a dash ("LONDON —",
// "KYIV, Ukraine (AP) —") is a RoleDateline segment of its own.
//
// Boilerplate. A segment that matches one of the boilerplate rules (bylines,
// contributor credits, promotions, photo credits, advertisement markers,
// copyright lines, lines with no letters such as "0") gets RoleBoilerplate and
// a Reason. Nothing is dropped: the caller decides what to do with it.
//
// Split does not validate the article: invalid UTF-8 bytes are treated as
// punctuation. It returns nil for a nil article or a body without text and
// is safe for concurrent use.
func Split(a *article.Article) []Sentence {
	if a == nil {
		return nil
	}
	text := a.Body
	paras := paragraphs(text)
	var out []Sentence
	emit := func(p int, s span, role Role, reason string) {
		out = append(out, Sentence{
			Article: a.ID, Index: len(out), Paragraph: p,
			Start: s.start, End: s.end, Text: text[s.start:s.end],
			Role: role, Reason: reason,
		})
	}
	title := strings.TrimSpace(a.Title)
	seenBody := false
	for p, para := range paras {
		line := text[para.start:para.end]
		if p == 0 && (title == "" || line == title) && isHeadline(text, paras) {
			emit(p, para.span, RoleHeadline, "")
			continue
		}
		// A one-line paragraph is judged whole; a longer one only by its
		// sentences.
		lineReason, judged := "", para.lines == 1
		if judged {
			lineReason = boilerplateReason(line)
		}
		if lineReason != "" {
			emit(p, para.span, RoleBoilerplate, lineReason)
			continue
		}
		if para.lines == 1 && p+1 < len(paras) && isSubheading(line) {
			emit(p, para.span, RoleSubheading, "")
			continue
		}
		start := para.start
		if !seenBody {
			if end, ok := dateline(text, para.span); ok {
				emit(p, span{para.start, end}, RoleDateline, "")
				start = skipSpace(text, end, para.end)
			}
		}
		for _, s := range sentences(text, span{start, para.end}) {
			reason := lineReason // a sentence that is the whole line, judged
			if !judged || s != para.span {
				reason = boilerplateReason(text[s.start:s.end])
			}
			role := RoleBody
			if reason != "" {
				role = RoleBoilerplate
			}
			seenBody = seenBody || role == RoleBody
			emit(p, s, role, reason)
		}
	}
	return out
}

// Headline returns the span of the body's first line when it is a headline by
// the rule of Split.
func Headline(text string) (start, end int, ok bool) {
	paras := paragraphs(text)
	if !isHeadline(text, paras) {
		return 0, 0, false
	}
	return paras[0].start, paras[0].end, true
}

// isHeadline reports whether the first of paras is a headline.
func isHeadline(text string, paras []paragraph) bool {
	if len(paras) < 2 || paras[0].lines != 1 {
		return false
	}
	line := text[paras[0].start:paras[0].end]
	if boilerplateReason(line) != "" || !hasLetter(line) || len(leadingFields(line, 31)) > 30 {
		return false
	}
	if _, ok := dateline(text, paras[0].span); ok {
		return false
	}
	return !endsSentence(line) || endsLikeHeading(line) && isTitleCase(line)
}

// isSubheading reports whether a one-line paragraph is a subheading.
func isSubheading(line string) bool {
	if !hasLetter(line) || !unicode.IsUpper(firstRune(line)) && !unicode.IsDigit(firstRune(line)) {
		return false
	}
	if len(leadingFields(line, 13)) > 12 {
		return false // a paragraph, not a heading: its words are not split
	}
	words := strings.Fields(line)
	last := strings.ToLower(strings.TrimRightFunc(words[len(words)-1], unicode.IsPunct))
	if danglingWords[last] {
		return false // "Officials said the evacuation order was"
	}
	if !endsSentence(line) {
		return len(words) <= 6 || isTitleCase(line)
	}
	// "What Comes Next?", "Why It Matters:", "Cases Rise in the U.S."
	return endsLikeHeading(line) && isTitleCase(line)
}

// endsLikeHeading reports whether a line that ends with punctuation may
// still be a heading: it ends with '?', '!' or ':', or with the dot of an
// initialism ("U.S.").
func endsLikeHeading(line string) bool {
	line = strings.TrimRightFunc(line, isClosing)
	switch r, _ := utf8.DecodeLastRuneInString(line); r {
	case '?', '!', ':':
		return true
	case '.':
		words := strings.Fields(line)
		return isInitialism(strings.TrimSuffix(words[len(words)-1], "."))
	}
	return false
}

// isTitleCase reports whether most words of line that are not minor words
// ("of", "the") start with a capital letter or a digit.
func isTitleCase(line string) bool {
	content, capitalised := 0, 0
	for _, w := range strings.Fields(line) {
		w = strings.TrimLeftFunc(w, IsOpening)
		if minorTitleWords[strings.ToLower(w)] {
			continue
		}
		content++
		if r := firstRune(w); unicode.IsUpper(r) || unicode.IsDigit(r) {
			capitalised++
		}
	}
	return 2*capitalised > content
}

// endsSentence reports whether s ends with sentence-final punctuation, after
// any closing quotes and brackets. A final ',', ';' or ':' counts too: such a
// line does not stand alone as a heading.
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool { return unicode.IsSpace(r) || isClosing(r) })
	r, _ := utf8.DecodeLastRuneInString(s)
	return isTerminator(r) || r == ',' || r == ';' || r == ':'
}

func hasLetter(s string) bool { return strings.IndexFunc(s, unicode.IsLetter) >= 0 }

// paragraphs splits text into paragraphs, each trimmed of white space.
func paragraphs(text string) []paragraph {
	var paras []paragraph
	var block []span // the non-blank lines of the current block
	flush := func() {
		paras = append(paras, joinLines(text, block)...)
		block = block[:0]
	}
	for i := 0; i <= len(text); {
		j := strings.IndexByte(text[i:], '\n')
		if j < 0 {
			j = len(text)
		} else {
			j += i
		}
		s, e := trimSpan(text, i, j)
		if s < e {
			block = append(block, span{s, e})
		} else {
			flush()
		}
		i = j + 1
	}
	flush()
	return paras
}

// maxWrapWidth is the widest line, in characters, that Split takes for part
// of a hard-wrapped block. Wrapped text (e-mail, wire feeds) is 60 to 80
// characters wide.
const maxWrapWidth = 100

// joinLines groups the lines of one block (no blank line between them) into
// paragraphs.
func joinLines(text string, lines []span) []paragraph {
	if len(lines) == 0 {
		return nil
	}
	width := func(k int) int { return utf8.RuneCountInString(text[lines[k].start:lines[k].end]) }
	widest := 0
	for k := range lines {
		widest = max(widest, width(k))
	}
	// full reports whether line k was broken because the first word of the
	// next line did not fit on it.
	full := func(k int) bool {
		next := text[lines[k+1].start:lines[k+1].end]
		firstWord := strings.Fields(next)[0]
		return width(k)+1+utf8.RuneCountInString(firstWord) > widest
	}
	// The block is hard-wrapped when it is narrow and some full line ends
	// in the middle of a sentence; otherwise it is one paragraph a line.
	wrapped := false
	for k := 0; k+1 < len(lines) && widest <= maxWrapWidth; k++ {
		if full(k) && !endsSentence(text[lines[k].start:lines[k].end]) {
			wrapped = true
			break
		}
	}
	var paras []paragraph
	cur := paragraph{span: lines[0], lines: 1}
	for k := 1; k < len(lines); k++ {
		prev := text[lines[k-1].start:lines[k-1].end]
		soft := (wrapped && full(k-1)) || (!endsSentence(prev) && unicode.IsLower(firstRune(text[lines[k].start:])))
		if soft {
			cur.end = lines[k].end
			cur.lines++
			continue
		}
		paras = append(paras, cur)
		cur = paragraph{span: lines[k], lines: 1}
	}
	return append(paras, cur)
}

// trimSpan returns [i, j) without white space (and a byte order mark) at
// either end.
func trimSpan(text string, i, j int) (int, int) {
	for i < j {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !IsSpace(r) {
			break
		}
		i += size
	}
	for j > i {
		r, size := utf8.DecodeLastRuneInString(text[i:j])
		if !IsSpace(r) {
			break
		}
		j -= size
	}
	return i, j
}

// IsSpace reports whether r is white space or a byte order mark.
func IsSpace(r rune) bool { return unicode.IsSpace(r) || r == '\uFEFF' }

// skipSpace returns the first offset at or after i, before end, that does not
// hold white space.
func skipSpace(text string, i, end int) int {
	s, _ := trimSpan(text, i, end)
	return s
}

// dateline returns the end of the dateline that opens para, if there is one:
// at most 8 words, the first in capitals and the others capitalised, numbers
// or bracketed ("(AP)"), then an em dash, or a spaced en dash or hyphen.
func dateline(text string, para span) (int, bool) {
	head := text[para.start:min(para.end, para.start+100)]
	for k, r := range head {
		if !IsDash(r) {
			continue
		}
		end := k + utf8.RuneLen(r)
		if r != '\u2014' { // en dash and hyphen only when spaced: " - ", " -- "
			end += len(head[end:]) - len(strings.TrimLeft(head[end:], "-"))
			if k == 0 || head[k-1] != ' ' || end >= len(head) || head[end] != ' ' {
				continue
			}
		}
		words := strings.Fields(head[:k])
		if len(words) == 0 || len(words) > 8 || !isCapitalsWord(words[0]) {
			return 0, false
		}
		for _, w := range words[1:] {
			r := firstRune(w)
			if !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '(' {
				return 0, false
			}
		}
		after := skipSpace(text, para.start+end, para.end)
		if r := firstRune(text[after:para.end]); after == para.end || !unicode.IsUpper(r) && !unicode.IsDigit(r) && !IsOpening(r) {
			return 0, false // "NATO — the alliance ...": an aside, not a dateline
		}
		return para.start + end, true
	}
	return 0, false
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// isCapitalsWord reports whether w is written in capitals: at least two
// letters and no lower-case one ("LONDON", "WASHINGTON,", "ST.").
func isCapitalsWord(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsLetter(r):
			letters++
		}
	}
	return letters >= 2
}

// sentences splits one paragraph span into sentences.
func sentences(text string, para span) []span {
	var out []span
	start := para.start
	for i := para.start; i < para.end; {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isTerminator(r) {
			i += size
			continue
		}
		// The terminator run ("?!", "...") and the closing quotes and
		// brackets after it.
		j := i + size
		for j < para.end {
			r2, s2 := utf8.DecodeRuneInString(text[j:])
			if !isTerminator(r2) {
				break
			}
			j += s2
		}
		k, quoted := j, false
		for k < para.end {
			r2, s2 := utf8.DecodeRuneInString(text[k:])
			if !isClosing(r2) {
				break
			}
			quoted = quoted || IsQuote(r2)
			k += s2
		}
		if k < para.end && !IsSpace(firstRune(text[k:])) {
			i = j // "3.5", "U.S.-led", "example.com"
			continue
		}
		b := boundary{text: text, para: para, sentStart: start, term: text[i:j], termStart: i, next: skipSpace(text, k, para.end), quoted: quoted}
		if b.breaks() {
			out = append(out, span{start, k})
			start = b.next
		}
		i = k
	}
	if s, e := trimSpan(text, start, para.end); s < e {
		out = append(out, span{s, e})
	}
	return out
}

// A boundary is a place where a sentence may end: a run of terminators,
// possibly followed by closing quotes and brackets, then white space.
type boundary struct {
	text      string
	para      span
	sentStart int    // offset where the current sentence starts
	term      string // the terminator run: ".", "?!", "…", "..."
	termStart int    // offset of term
	next      int    // offset of the next non-space character, or para.end
	quoted    bool   // a closing quote follows the terminator
}

// breaks applies the sentence-boundary rules in order; the first that
// decides wins.
func (b boundary) breaks() bool {
	if b.next >= b.para.end {
		return true // end of the paragraph
	}
	word := b.nextWord()
	first := firstRune(word)
	switch {
	case word == "":
		// The next thing is punctuation other than an opening quote or
		// bracket: a dash, a comma, the rest of a spaced ellipsis.
		return false
	case unicode.IsLower(first) && strings.IndexFunc(word, unicode.IsUpper) < 0:
		return false // "U.S. officials", "“Why?” she asked"; but "iPhone" opens one
	}
	if b.mayBeListMarker() && isListMarker(b.text[b.sentStart:b.termStart]) {
		return false // "1. The first item", "a) ..."
	}
	if b.quoted && b.term != "." && b.attribution() {
		return false // “Why now?” Smith asked.
	}
	if b.citation() {
		return false // “... stairways [...]” (Smith 55).
	}
	if b.term != "." {
		return true // "!", "?", "...", "…"
	}
	prev := b.prevWord()
	lower := strings.ToLower(prev)
	if unicode.IsDigit(first) {
		return !numberAbbreviations[lower] && !text.MonthAbbreviations[lower]
	}
	switch {
	case prev == "":
		return true
	case TitleAbbreviations[lower]:
		return false // "Gen. Smith", "St. Louis"
	case prev == "I":
		return !b.followsName(prev) // "you and I. Did" but "Albert I. Jones"
	case utf8.RuneCountInString(prev) == 1 && unicode.IsUpper(firstRune(prev)):
		return SentenceStarters[strings.ToLower(word)] // "J. R. R. Tolkien" but "Plan B. The"
	case endingAbbreviations[lower]:
		return !Continuations[strings.ToLower(word)] // "5 p.m. ET" vs "5 p.m. Police"
	case isInitialism(prev) || continuingAbbreviations[lower]:
		return SentenceStarters[strings.ToLower(word)] // "U.S. Senate" vs "U.S. The"
	}
	return true
}

// followsName reports whether the initial prev stands in a name: it opens the
// sentence, or the word before it is capitalised ("George W. Bush") or
// another initial ("J. R. R.").
func (b boundary) followsName(prev string) bool {
	// The last field of the sentence before prev, found from the end so
	// that the cost does not grow with the sentence.
	before := strings.TrimRightFunc(b.text[b.sentStart:b.termStart-len(prev)], unicode.IsSpace)
	if before == "" {
		return true
	}
	last := before
	if k := strings.LastIndexFunc(before, unicode.IsSpace); k >= 0 {
		_, size := utf8.DecodeRuneInString(before[k:])
		last = before[k+size:]
	}
	w := strings.TrimLeftFunc(last, IsOpening)
	return unicode.IsUpper(firstRune(w))
}

// citation reports whether the boundary is followed by a short bracketed
// reference that closes the sentence: “...” (Smith 55). or [...] (AP).
func (b boundary) citation() bool {
	rest := b.text[b.next:b.para.end]
	open := firstRune(rest)
	if open != '(' && open != '[' {
		return false
	}
	closer := map[rune]string{'(': ")", '[': "]"}[open]
	k := strings.Index(rest[:min(len(rest), 61)], closer) // only a near one counts
	if k < 0 || k > 60 {
		return false
	}
	if last, _ := utf8.DecodeLastRuneInString(rest[:k]); isTerminator(last) {
		return false // "(Disclosure: The author owns shares.)" is a sentence
	}
	after := firstRune(rest[k+1:])
	return isTerminator(after) || k+1 == len(rest)
}

// mayBeListMarker reports whether the sentence so far holds only white
// space, letters, digits and the bullets and brackets isListMarker trims.
// Otherwise it is no list marker, and the scan back stops at the first other
// rune (a previous dot at the latest), so that Split stays linear in a long
// sentence with many dots that do not end it ("Mr. Dr. U.S. ...").
func (b boundary) mayBeListMarker() bool {
	for i := b.termStart; i > b.sentStart; {
		r, size := utf8.DecodeLastRuneInString(b.text[b.sentStart:i])
		if !unicode.IsSpace(r) && !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("•‣⁃·*-–(", r) {
			return false
		}
		i -= size
	}
	return true
}

// isListMarker reports whether s is only a list marker: a number of up to
// three digits or a single letter, possibly after a bullet or an opening
// bracket ("1", "• 9", "a", "(b").
func isListMarker(s string) bool {
	s = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(s), "•‣⁃·*-–("))
	if s == "" {
		return false
	}
	digits := strings.Trim(s, "0123456789") == "" && len(s) <= 3
	return digits || (utf8.RuneCountInString(s) == 1 && unicode.IsLetter(firstRune(s)))
}

// prevWord returns the word before the terminator, without opening
// punctuation and without what precedes a hyphen, dash or slash in it:
// "(U.S" gives "U.S", "Russia–U.S" gives "U.S".
func (b boundary) prevWord() string {
	i := b.termStart
	for i > b.para.start {
		r, size := utf8.DecodeLastRuneInString(b.text[b.para.start:i])
		if IsSpace(r) || IsOpening(r) || IsDash(r) || r == '/' {
			break
		}
		i -= size
	}
	return b.text[i:b.termStart]
}

// nextWord returns the word after the boundary, skipping opening quotes and
// brackets, or "" when something else comes first.
func (b boundary) nextWord() string {
	i := b.next
	for i < b.para.end {
		r, size := utf8.DecodeRuneInString(b.text[i:])
		if !IsOpening(r) {
			break
		}
		i += size
	}
	return leadingWord(b.text[i:b.para.end])
}

// leadingWord returns the letters and digits (with inner dots and
// apostrophes) at the start of s; a leading currency sign counts as a digit.
func leadingWord(s string) string {
	end := 0
	for end < len(s) {
		r, size := utf8.DecodeRuneInString(s[end:])
		inner := (r == '.' || text.IsApostrophe(r)) && end > 0
		if !text.IsWordRune(r) && !inner && !(end == 0 && unicode.Is(unicode.Sc, r)) {
			break
		}
		end += size
	}
	w := strings.TrimRight(s[:end], ".'\u2019")
	if r := firstRune(w); unicode.Is(unicode.Sc, r) {
		return "0" // a sum of money reads like a number: "$5 million"
	}
	return w
}

// attribution reports whether the text after a quotation that opens the
// sentence and ends with '?', '!' or '…' is its attribution: a pronoun or up
// to four capitalised words, then a verb of saying that does not open a
// clause of its own ("Johnson told supporters in Ohio." but not "Schumer said
// he disagreed."). In news style a quotation that ends with a full stop is not
// followed by its attribution: the full stop becomes a comma.
func (b boundary) attribution() bool {
	if !IsOpening(firstRune(b.text[b.sentStart:b.termStart])) {
		return false
	}
	// The loop reads at most six words: take only those, so that the
	// cost does not grow with the paragraph.
	words := leadingFields(b.text[b.next:b.para.end], 6)
	for k, w := range words {
		if SpeechVerbs[strings.ToLower(strings.TrimRightFunc(w, unicode.IsPunct))] {
			if strings.IndexFunc(w, isTerminatorOrComma) >= 0 || k+1 == len(words) {
				return true // "Smith asked."
			}
			return !clauseOpeners[strings.ToLower(strings.TrimRightFunc(words[k+1], unicode.IsPunct))]
		}
		if k >= 4 || !unicode.IsUpper(firstRune(w)) {
			return false
		}
		if strings.IndexFunc(w, isTerminatorOrComma) >= 0 && !isAbbreviationWord(w) {
			return false // the speaker's name cannot end a clause
		}
	}
	return false
}

// leadingFields returns the first n fields of s, as strings.Fields would
// give them.
func leadingFields(s string, n int) []string {
	var out []string
	for len(out) < n {
		s = strings.TrimLeftFunc(s, unicode.IsSpace)
		if s == "" {
			break
		}
		end := strings.IndexFunc(s, unicode.IsSpace)
		if end < 0 {
			end = len(s)
		}
		out = append(out, s[:end])
		s = s[end:]
	}
	return out
}

func isTerminatorOrComma(r rune) bool { return isTerminator(r) || r == ',' || r == ';' }

// isAbbreviationWord reports whether w is a title abbreviation or an initial
// such as "Dr." or "J.", which may stand inside a speaker's name.
func isAbbreviationWord(w string) bool {
	w = strings.TrimSuffix(w, ".")
	return TitleAbbreviations[strings.ToLower(w)] || utf8.RuneCountInString(w) == 1 || isInitialism(w)
}

// isInitialism reports whether w is letters separated by dots, such as "U.S"
// or "p.m" (the final dot is not part of w).
func isInitialism(w string) bool {
	parts := strings.Split(w, ".")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if utf8.RuneCountInString(p) != 1 || !unicode.IsLetter(firstRune(p)) {
			return false
		}
	}
	return true
}

// isTerminator reports whether r ends a sentence: the Unicode
// Sentence_Terminal characters ('.', '!', '?', '。', ...) and the ellipsis.
func isTerminator(r rune) bool {
	return r == '\u2026' || unicode.Is(unicode.Sentence_Terminal, r)
}

// isClosing reports whether r closes a quotation or bracket.
func isClosing(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '}', '\u2019', '\u201D', '\u00BB', '\u203A':
		return true
	}
	return unicode.Is(unicode.Pe, r) || unicode.Is(unicode.Pf, r)
}

// IsOpening reports whether r opens a quotation or bracket.
func IsOpening(r rune) bool {
	switch r {
	case '"', '\'', '(', '[', '{', '\u2018', '\u201C', '\u00AB', '\u2039', '\u00BF', '\u00A1':
		return true
	}
	return unicode.Is(unicode.Ps, r) || unicode.Is(unicode.Pi, r)
}

// IsQuote reports whether r is a quotation mark.
func IsQuote(r rune) bool {
	return r == '"' || r == '\'' || unicode.Is(unicode.Pf, r) || unicode.Is(unicode.Pi, r) || r == '\u00BB'
}

// IsDash reports whether r is a hyphen or dash.
func IsDash(r rune) bool { return r == '-' || unicode.Is(unicode.Pd, r) }
