package entities

import (
	"github.com/newsmerge/newsmerge/internal/lexicon"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsmerge/newsmerge/segment"
	"github.com/newsmerge/newsmerge/similarity"
	"github.com/newsmerge/newsmerge/text"
)

// This file finds the quotes and claims of Analyze and their speakers. The
// verbs of saying are those of Split (speechVerbs) and the verbs of
// claiming, confirming and denying that wire copy uses to attribute
// statements. The word lists are in package internal/lexicon: speech.go
// (verbs, speakers' words, pronouns), function.go (speakerDeterminers) and
// names.go (leaderTitles).

// reportingVerbs attribute a statement to the subject before them or the
// speaker after them.
var reportingVerbs = text.UnionSets(segment.SpeechVerbs, text.WordSet(lexicon.ReportingVerbs))

// speakerSkips are the adverbs and auxiliaries between a subject and its
// verb of saying: "Russian officials also claimed", "Putin has repeatedly
// said".
var speakerSkips = text.WordSet(lexicon.SpeakerSkips)

// speakerDeterminers may open a speaker's phrase.
var speakerDeterminers = text.WordSet(lexicon.SpeakerDeterminers)

// speakerModifiers are lower-case words of a speaker's phrase besides
// titles and group nouns: "a senior official", "top U.S. diplomats".
var speakerModifiers = text.WordSet(lexicon.SpeakerModifiers)

// pronouns that may stand for a person as a speaker.
var PersonPronouns = text.WordSet(lexicon.PersonPronouns)
var OtherPronouns = text.WordSet(lexicon.OtherPronouns)
var objectPronouns = text.WordSet(lexicon.ObjectPronouns)

// titleWords are the words of personTitles but function words, for
// speakers' phrases; titleHeads are their last words ("secretary",
// "spokesman"), which name a role on their own.
var titleWords, titleHeads = func() (map[string]bool, map[string]bool) {
	words, heads := make(map[string]bool), make(map[string]bool)
	for t := range personTitles {
		fields := strings.Fields(t)
		for _, w := range fields {
			if !similarity.Stopwords[w] {
				words[w] = true
			}
		}
		heads[fields[len(fields)-1]] = true
	}
	return words, heads
}()

// A quoteSpan is a quoted part of a sentence: [start, end) are the offsets
// into Body of the words inside the marks.
type quoteSpan struct {
	start, end int
	opened     bool // the sentence has its opening mark
	closed     bool // the sentence has its closing mark
}

// quoteSpans finds the quoted parts of a sentence.
func quoteSpans(s segment.Sentence) []quoteSpan {
	text := s.Text
	var spans []quoteSpan
	in := false
	var open rune
	qStart := 0
	prev := ' '
	for i, r := range text {
		next, _ := utf8.DecodeRuneInString(text[i+utf8.RuneLen(r):])
		if !in {
			leftOK := unicode.IsSpace(prev) || segment.IsOpening(prev) || segment.IsDash(prev) || i == 0
			switch {
			case r == '\u201C' || r == '\u00AB' || r == '\u201E' || (r == '"' || r == '\u2018') && leftOK:
				in, open, qStart = true, r, i+utf8.RuneLen(r)
			case (r == '\u201D' || r == '\u00BB') && len(spans) == 0 && i > 0:
				spans = append(spans, quoteSpan{start: 0, end: i, closed: true}) // goes on from the last sentence
			}
		} else {
			closes := false
			switch open {
			case '\u201C', '\u201E':
				closes = r == '\u201D' || r == '"' || r == '\u201C' && i > qStart && !unicode.IsSpace(prev)
			case '\u00AB':
				closes = r == '\u00BB'
			case '"':
				closes = r == '"' || r == '\u201D'
			case '\u2018':
				closes = r == '\u2019' && !unicode.IsLetter(next)
			}
			if closes {
				spans = append(spans, quoteSpan{start: qStart, end: i, opened: true, closed: true})
				in = false
			}
		}
		prev = r
	}
	if in {
		spans = append(spans, quoteSpan{start: qStart, end: len(text), opened: true})
	}
	out := spans[:0]
	for _, q := range spans {
		st, en := trimQuoted(text, q.start, q.end)
		if st < en {
			q.start, q.end = s.Start+st, s.Start+en
			out = append(out, q)
		}
	}
	return out
}

// trimQuoted trims white space and the final comma or stop of a quotation.
func trimQuoted(text string, i, j int) (int, int) {
	for i < j {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += size
	}
	for j > i {
		r, size := utf8.DecodeLastRuneInString(text[i:j])
		if !unicode.IsSpace(r) && r != ',' && r != '.' && r != ';' && r != ':' {
			break
		}
		if r == '.' && j-i >= 3 && text[j-3] == '.' {
			break // the last dot of "p.m." or "U.S."
		}
		j -= size
	}
	return i, j
}

// An attribution is a verb of saying with its speaker's words in a
// sentence.
type attribution struct {
	verb, verbEnd int // word indices: the verb is ws[verb:verbEnd]
	np, npEnd     int // the speaker's words
	after         bool
	speaker       Speaker
}

// findQuotes fills an.Quotes.
func (x *extractor) findQuotes(an *Analysis) {
	x.entByName = make(map[string]int, len(an.Entities))
	for i := len(an.Entities) - 1; i >= 0; i-- {
		x.entByName[an.Entities[i].Name] = i
	}
	byArt := make([][]int, len(x.articles))
	for ci, c := range x.cands {
		byArt[c.art] = append(byArt[c.art], ci)
	}
	for ai := range x.sents {
		x.articleQuotes(an, ai, byArt[ai])
	}
}

// subjectRef is a person named at the start of a clause.
type subjectRef struct {
	sen, start int
	entity     int
}

func (x *extractor) articleQuotes(an *Analysis, ai int, artCands []int) {
	a := x.articles[ai]
	var subjects []subjectRef
	var orgRefs []subjectRef    // organisations named outside quotations, for "the company"
	var personRefs []subjectRef // people named outside quotations, for "the Russian leader"
	// The subjects outside quotations, for pronouns.
	var spansBySen = make([][]quoteSpan, len(x.sents[ai]))
	for si, sw := range x.sents[ai] {
		if sw.sen.Role == segment.RoleBody {
			spansBySen[si] = quoteSpans(sw.sen)
		}
	}
	candsBySen := make([][]int, len(x.sents[ai]))
	for _, ci := range artCands {
		candsBySen[x.cands[ci].sen] = append(candsBySen[x.cands[ci].sen], ci)
	}
	for si := range candsBySen {
		sort.Slice(candsBySen[si], func(i, j int) bool { return x.cands[candsBySen[si][i]].start < x.cands[candsBySen[si][j]].start })
	}
	var prevQuote *Quote // the last direct quote with a speaker, for quotations that go on
	prevSen := -1
	for si, sw := range x.sents[ai] {
		if sw.sen.Role != segment.RoleBody {
			continue
		}
		spans := spansBySen[si]
		inQuote := func(off int) bool { return spanAt(spans, off) >= 0 }
		x.curCands = candsBySen[si]
		x.curThat = thatFrom(a.Body, sw.words)
		atts := x.attributions(ai, si, inQuote)
		for k := range atts {
			x.resolveSpeaker(an, ai, si, &atts[k], candsBySen[si], subjects, orgRefs)
			if atts[k].speaker.Entity == "" {
				x.resolveDescription(an, ai, si, &atts[k], personRefs)
			}
		}
		var quotes []Quote
		for _, q := range spans {
			qt := Quote{Article: a.ID, Sentence: sw.sen.Index, Start: q.start, End: q.end, Text: a.Body[q.start:q.end], Direct: true}
			if at := nearestAttribution(sw.words, atts, q); at != nil {
				qt.Verb = verbText(a.Body, sw.words, at)
				qt.Speaker = at.speaker
			} else if prevQuote != nil && prevSen >= 0 && x.sents[ai][prevSen].sen.Paragraph == sw.sen.Paragraph && (!q.opened || startsWithQuote(sw.sen.Text)) {
				qt.Speaker = prevQuote.Speaker // the quotation goes on
			}
			quotes = append(quotes, qt)
		}
		for k := range atts {
			if qt, ok := x.indirectQuote(ai, si, &atts[k], spans); ok {
				quotes = append(quotes, qt)
			}
		}
		sort.SliceStable(quotes, func(i, j int) bool { return quotes[i].Start < quotes[j].Start })
		prevSen = si
		prevQuote = nil
		for k := range quotes {
			if quotes[k].Direct && quotes[k].Speaker.Text != "" {
				prevQuote = &quotes[k]
			}
		}
		an.Quotes = append(an.Quotes, quotes...)
		// Subjects of this sentence, for pronouns later, and organisations.
		for _, ci := range candsBySen[si] {
			c := x.cands[ci]
			if c.subject && !inQuote(c.start) && an.Entities[x.candEnt[ci]].Type == Person {
				subjects = append(subjects, subjectRef{sen: si, start: c.start, entity: x.candEnt[ci]})
			}
			if !inQuote(c.start) && an.Entities[x.candEnt[ci]].Type == Org {
				orgRefs = append(orgRefs, subjectRef{sen: si, start: c.start, entity: x.candEnt[ci]})
			}
			if !inQuote(c.start) && an.Entities[x.candEnt[ci]].Type == Person {
				personRefs = append(personRefs, subjectRef{sen: si, start: c.start, entity: x.candEnt[ci]})
			}
		}
		for _, at := range atts {
			if e, ok := x.entityIndex(an, at.speaker.Entity); ok && an.Entities[e].Type == Person {
				subjects = append(subjects, subjectRef{sen: si, start: at.speaker.Start, entity: e})
			}
		}
	}
}

func (x *extractor) entityIndex(an *Analysis, name string) (int, bool) {
	if name == "" {
		return 0, false
	}
	i, ok := x.entByName[name]
	return i, ok
}

func startsWithQuote(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	return segment.IsQuote(r) && segment.IsOpening(r) || r == '\u201C' || r == '"'
}

func verbText(body string, ws []nword, at *attribution) string {
	return body[ws[at.verb].start:ws[at.verbEnd-1].end]
}

// nearestAttribution returns the attribution whose verb is nearest to the
// quote, the first on ties, or nil. atts are in the order of their verbs,
// so only the last verb before the quote and the next one can be nearest.
func nearestAttribution(ws []nword, atts []attribution, q quoteSpan) *attribution {
	var best *attribution
	bestDist := -1
	next := sort.Search(len(atts), func(k int) bool { return ws[atts[k].verb].end > q.start })
	for k := max(next-1, 0); k <= next && k < len(atts); k++ {
		at := &atts[k]
		v := ws[at.verb]
		d := 0
		switch {
		case v.end <= q.start:
			d = q.start - v.end
		case v.start >= q.end:
			d = v.start - q.end
		}
		if best == nil || d < bestDist {
			best, bestDist = at, d
		}
	}
	return best
}

// npWord reports whether w can be part of a speaker's phrase.
func (x *extractor) npWord(w nword) bool {
	if w.number {
		return false
	}
	if w.cap {
		return !text.Weekdays[w.key] && !text.DayOrMonth[w.key] && (!similarity.Stopwords[w.key] || w.key == "the")
	}
	return titleWords[w.key] || groupNouns[w.key] || speakerDeterminers[w.key] || speakerModifiers[w.key] ||
		orgDescriptors[w.key] || portfolios[w.key] || x.isDemonym(w) || nameParticles[w.key]
}

// A phraser finds speakers' phrases in one sentence.
type phraser struct {
	x       *extractor
	ws      []nword
	body    string
	senText string
	senAt   int
	inQuote func(int) bool
}

// gap returns the text before ws[k].
func (p *phraser) gap(k int) string {
	if k == 0 {
		return p.body[p.senAt:p.ws[0].start]
	}
	return p.body[p.ws[k-1].end:p.ws[k].start]
}

// plain reports whether only white space is before ws[k].
func (p *phraser) plain(k int) bool { return strings.TrimSpace(p.gap(k)) == "" }

// inPhrase reports whether the gap before ws[k] may be inside a phrase:
// white space or a possessive ("Gador's mayor").
func (p *phraser) inPhrase(k int) bool {
	g := strings.TrimSpace(p.gap(k))
	if g == "" || k > 0 && isPossessiveGap(p.body, p.ws[k-1].end, p.ws[k].start) {
		return true
	}
	// A plural possessive: "Residents' Association".
	return k > 0 && (g == "'" || g == "\u2019") && strings.HasSuffix(p.ws[k-1].key, "s")
}

func isPossessiveGap(body string, i, j int) bool {
	return text.SkipPossessive(body, i) > i && strings.TrimSpace(body[text.SkipPossessive(body, i):j]) == ""
}

// opensAt reports whether a phrase may start at ws[q]: at the sentence
// start, after punctuation or after a word that opens a clause.
func (p *phraser) opensAt(q int) bool {
	return q == 0 || !p.plain(q) && !p.inPhrase(q) || clauseWords[p.ws[q-1].key]
}

// before returns the start of the speaker's phrase that ends right before
// ws[end], or -1: "Kremlin spokesperson Dmitry Peskov", "a spokesman for
// developer Northvale Data", "the association's chairwoman".
func (p *phraser) before(end int) int {
	ws := p.ws
	if end <= 0 || p.inQuote(ws[end-1].start) {
		return -1
	}
	if w := ws[end-1].key; (PersonPronouns[w] || OtherPronouns[w]) && p.opensAt(end-1) {
		return end - 1
	}
	q := end
	for q > 0 && end-q < 10 && !p.inQuote(ws[q-1].start) && (q == end || p.inPhrase(q)) {
		switch {
		case p.x.npWord(ws[q-1]):
			q--
			continue
		case q >= 2 && q < end && (ws[q-1].key == "for" || ws[q-1].key == "of" || ws[q-1].key == "at") && p.inPhrase(q-1) &&
			(titleWords[ws[q-2].key] || groupNouns[ws[q-2].key] || ws[q-2].cap):
			q -= 2 // "a spokesman for", "head of", "Aoife Brennan of"
			continue
		}
		break
	}
	if q < end && ws[end-1].cap && !p.opensAt(q) && !p.inQuote(ws[q].start) {
		// A name after a description the lists do not know: "resident
		// Antonio Ruiz", "ministry spokesman Lars Holm".
		for n := 0; n < 2 && q > 0 && p.inPhrase(q) && !ws[q-1].cap && !ws[q-1].number && !similarity.Stopwords[ws[q-1].key] && !reportingVerbs[ws[q-1].key] && !p.inQuote(ws[q-1].start); n++ {
			q--
		}
		return q
	}
	if q < end && p.opensAt(q) && hasHead(ws, q, end) {
		return q
	}
	return -1
}

// after returns the end of the speaker's phrase that starts at ws[start],
// or -1: "said Leavitt", "according to the ship's operator, Kvarken Line".
func (p *phraser) after(start int) int {
	ws := p.ws
	e := start
	for e < len(ws) && e-start < 10 && (e == start || p.inPhrase(e)) && !p.inQuote(ws[e].start) {
		if !p.x.npWord(ws[e]) && !p.describesName(e) {
			break
		}
		e++
	}
	if e == start+1 && (PersonPronouns[ws[start].key] || OtherPronouns[ws[start].key]) {
		return e
	}
	if e == start || !hasHead(ws, start, e) {
		return -1
	}
	// An apposition with the name: "the ship's operator, Kvarken Line".
	if e < len(ws) && !ws[e-1].cap && strings.TrimSpace(p.gap(e)) == "," && ws[e].cap {
		f := e
		for f < len(ws) && ws[f].cap && (f == e || p.plain(f)) {
			f++
		}
		e = f
	}
	return e
}

// describesName reports whether ws[k] is a lower-case word of a
// description that a name follows within two words: "ministry" in "said
// ministry spokesman Lars Holm".
func (p *phraser) describesName(k int) bool {
	ws := p.ws
	if ws[k].cap || ws[k].number || similarity.Stopwords[ws[k].key] || reportingVerbs[ws[k].key] {
		return false
	}
	for n := k + 1; n < len(ws) && n <= k+2 && p.inPhrase(n); n++ {
		if ws[n].cap {
			return true
		}
		if !p.x.npWord(ws[n]) {
			return false
		}
	}
	return false
}

// attributions finds the verbs of saying of a sentence and their speakers'
// words. It reads the words left to right, outside quotations: "according
// to" and its phrase (accordingTo), a verb of saying and its speaker
// (verbAttribution); then drops "according to" when another verb of saying
// is found (soleAccordingTo).
func (x *extractor) attributions(ai, si int, inQuote func(int) bool) []attribution {
	sw := x.sents[ai][si]
	ws := sw.words
	p := &phraser{x: x, ws: ws, body: x.articles[ai].Body, senAt: sw.sen.Start, inQuote: inQuote}
	var atts []attribution
	for k := 0; k < len(ws); k++ {
		w := ws[k]
		if w.cap && k > 0 || w.number || inQuote(w.start) {
			continue
		}
		if w.key == "according" && k+1 < len(ws) && ws[k+1].key == "to" {
			at, end, ok := accordingTo(p, k)
			if ok {
				atts = append(atts, at)
			}
			k = end - 1
			continue
		}
		if !reportingVerbs[w.key] {
			continue
		}
		if at, ok := x.verbAttribution(p, k, atts); ok {
			atts = append(atts, at)
		}
	}
	return soleAccordingTo(ws, atts)
}

// accordingTo reads "according to" at ws[k] and the phrase after it, up to
// the next punctuation: "according to the national weather agency AEMET",
// "according to the ship's operator, Kvarken Line". It returns the
// attribution, whether there is one (the phrase names someone), and the
// end of what it read.
func accordingTo(p *phraser, k int) (attribution, int, bool) {
	ws := p.ws
	end := k + 2
	for end < len(ws) && end-k-2 < 8 && p.inPhrase(end) && !p.inQuote(ws[end].start) {
		end++
	}
	if e := p.after(k + 2); e > end {
		end = e
	}
	if end < len(ws) && !ws[end-1].cap && strings.TrimSpace(p.gap(end)) == "," && ws[end].cap {
		for end < len(ws) && ws[end].cap && (strings.TrimSpace(p.gap(end)) == "," || p.plain(end)) {
			end++ // "according to the ship's operator, Kvarken Line"
		}
	}
	if end > k+2 && hasHead(ws, k+2, end) {
		return attribution{verb: k, verbEnd: k + 2, np: k + 2, npEnd: end, after: true}, end, true
	}
	return attribution{}, end, false
}

// verbAttribution reads the verb of saying at ws[k] with its speaker: the
// subject before it (subjectBefore), else the phrase after it ("..., said
// Leavitt."). It returns false for a negated verb ("Officials have not
// disclosed") and for a verb without a speaker. atts are the attributions
// found before it in the sentence.
func (x *extractor) verbAttribution(p *phraser, k int, atts []attribution) (attribution, bool) {
	ws := p.ws
	at := attribution{verb: k, verbEnd: k + 1, np: -1}
	v, negated := subjectEnd(p, k)
	if negated {
		return at, false // "Officials have not disclosed": no claim
	}
	at.np, at.npEnd = x.subjectBefore(p, v, atts)
	if at.np < 0 && k+1 < len(ws) && p.plain(k+1) && (k == 0 || !p.plain(k)) {
		// "..., said Leavitt."
		if e := p.after(k + 1); e > 0 {
			at.np, at.npEnd, at.after = k+1, e, true
		}
	}
	return at, at.np >= 0
}

// subjectEnd returns where the subject of the verb at ws[k] ends, past the
// adverbs and auxiliaries before the verb ("also", "has"), and whether
// they negate it ("not", "never", "didn't").
func subjectEnd(p *phraser, k int) (v int, negated bool) {
	ws := p.ws
	v = k
	for v > 0 && p.plain(v) && !ws[v-1].cap && speakerSkips[ws[v-1].key] {
		v--
		negated = negated || ws[v].key == "not" || ws[v].key == "never"
	}
	return v, negated || v > 0 && strings.HasSuffix(ws[v-1].key, "n't")
}

// subjectBefore returns the speaker's phrase ws[np:npEnd] that ends at ws[v],
// right before a verb of saying, or -1, -1: the phrase before ("Putin
// claimed"); after "and" or "but", the speaker of the verb before ("Carr
// said ... and insisted") or the subject that opens the sentence ("Putin
// ... and said"); after a comma, the name before an apposition or in it
// (appositionSpeaker).
func (x *extractor) subjectBefore(p *phraser, v int, atts []attribution) (np, npEnd int) {
	ws := p.ws
	switch {
	case v > 0 && p.plain(v):
		if q := p.before(v); q >= 0 {
			return q, v
		}
		if k := ws[v-1].key; k == "and" || k == "but" {
			if len(atts) > 0 && !atts[len(atts)-1].after {
				prev := atts[len(atts)-1]
				return prev.np, prev.npEnd
			}
			if e := x.openingPhrase(p); e > 0 && e < v {
				return 0, e
			}
		}
	case v > 0 && strings.TrimSpace(p.gap(v)) == ",":
		// "X, an apposition, said": the name before the apposition or
		// in it, whichever names the likelier speaker.
		return x.appositionSpeaker(p, v)
	}
	return -1, -1
}

// soleAccordingTo drops the attributions of "according to" when there are
// others: "according to" attributes only a sentence without another verb
// of saying, so "Putin claimed — without evidence, according to Western
// reports — that ..." is Putin's claim.
func soleAccordingTo(ws []nword, atts []attribution) []attribution {
	if len(atts) <= 1 {
		return atts
	}
	kept := atts[:0]
	for _, at := range atts {
		if ws[at.verb].key != "according" {
			kept = append(kept, at)
		}
	}
	return kept
}

// appositionSpeaker returns the phrase of "X, apposition, said" (the verb
// at ws[v], a comma before it) that best names a speaker: a person before
// an organisation before a place before none, the apposition on ties.
func (x *extractor) appositionSpeaker(p *phraser, v int) (int, int) {
	best, bestEnd, bestRank := -1, -1, -1
	try := func(q, e int) {
		if q < 0 || q >= e {
			return
		}
		if r := x.phraseRank(p.ws, q, e); r > bestRank {
			best, bestEnd, bestRank = q, e, r
		}
	}
	try(p.before(v), v)
	// The comma that opens the apposition.
	for c := v - 1; c > 0 && v-c < 12; c-- {
		if strings.TrimSpace(p.gap(c)) == "," {
			try(p.before(c), c)
			break
		}
		if !p.plain(c) && !p.inPhrase(c) {
			break
		}
	}
	return best, bestEnd
}

// phraseRank ranks the candidates in ws[q:e] by the kind of speaker they
// make: 3 for a person, 2 an organisation, 1 a place, 0 none.
func (x *extractor) phraseRank(ws []nword, q, e int) int {
	best := 0
	for _, c := range x.candsIn(ws[q].start, ws[e-1].end) {
		best = max(best, typeRank(x.groups[x.root(c.group)].typ))
	}
	if best == 0 && (PersonPronouns[ws[q].key]) {
		best = 3
	}
	return best
}

// candsIn returns the candidates in [start, end) of the sentence being
// read.
func (x *extractor) candsIn(start, end int) []nameCand {
	var out []nameCand
	for _, ci := range x.curCands {
		if c := x.cands[ci]; c.start >= start && c.end <= end {
			out = append(out, c)
		}
	}
	return out
}

func typeRank(t Type) int {
	switch t {
	case Person:
		return 3
	case Org:
		return 2
	case Place:
		return 1
	}
	return 0
}

// hasHead reports whether ws[i:j] has a word other than determiners and
// modifiers: a name, a title or a group noun.
func hasHead(ws []nword, i, j int) bool {
	for k := i; k < j; k++ {
		if !speakerDeterminers[ws[k].key] && !speakerModifiers[ws[k].key] {
			return true
		}
	}
	return false
}

// openingPhrase returns the end of the speaker's phrase that opens a
// sentence, or 0: it must name someone, be a pronoun or end with a title or
// group noun.
func (x *extractor) openingPhrase(p *phraser) int {
	ws := p.ws
	if len(ws) == 0 || p.inQuote(ws[0].start) {
		return 0
	}
	if PersonPronouns[ws[0].key] || OtherPronouns[ws[0].key] {
		return 1
	}
	e := 0
	for e < len(ws) && x.npWord(ws[e]) && (e == 0 || p.inPhrase(e)) && e < 8 {
		e++
	}
	if e == 0 || !hasHead(ws, 0, e) {
		return 0
	}
	last := ws[e-1]
	if len(x.candsIn(ws[0].start, last.end)) == 0 && !titleWords[last.key] && !groupNouns[last.key] && !orgDescriptors[last.key] {
		return 0
	}
	return e
}

// resolveSpeaker fills at.speaker: the phrase, the entity it names or a
// pronoun stands for, and the place it is tied to.
func (x *extractor) resolveSpeaker(an *Analysis, ai, si int, at *attribution, cands []int, subjects, orgRefs []subjectRef) {
	ws := x.sents[ai][si].words
	body := x.articles[ai].Body
	sp := &at.speaker
	sp.Start, sp.End = ws[at.np].start, ws[at.npEnd-1].end
	sp.Text = body[sp.Start:sp.End]
	best := -1
	// cands are in order of their starts: only those from the speaker's
	// start on are read, up to its end.
	from := sort.Search(len(cands), func(i int) bool { return x.cands[cands[i]].start >= sp.Start })
	for _, ci := range cands[from:] {
		c := x.cands[ci]
		if c.start >= sp.End {
			break
		}
		if c.end <= sp.End {
			e := x.candEnt[ci]
			if best < 0 || typeRank(an.Entities[e].Type) >= typeRank(an.Entities[best].Type) {
				best = e
			}
		}
	}
	if best < 0 && at.npEnd-at.np == 1 && PersonPronouns[ws[at.np].key] {
		best = pronounReferent(subjects, si, sp.Start)
	}
	if best < 0 && at.npEnd-at.np == 2 && ws[at.np].key == "the" && orgDescriptors[ws[at.np+1].key] {
		best = pronounReferent(orgRefs, si-1, len(x.articles[ai].Body)) // "The company said": the one named before
	}
	if best >= 0 {
		sp.Entity, sp.Type = an.Entities[best].Name, an.Entities[best].Type
	}
	for k := at.np; k < at.npEnd; k++ {
		if p := x.gaz.demonyms[ws[k].key]; p != "" && sp.Place == "" {
			sp.Place = p
		}
	}
	if sp.Place == "" && best >= 0 {
		switch e := &an.Entities[best]; e.Type {
		case Person:
			sp.Place = x.rolePlace(e.Roles)
		case Org:
			sp.Place = x.gaz.orgPlaces[e.Name]
		case Place:
			sp.Place = e.Name
		}
	}
}

// leaderTitles are the titles that "the leader" can stand for.
var leaderTitles = text.WordSet(lexicon.LeaderTitles)

// resolveDescription fills the entity of a speaker described by a title
// ("the Russian leader", "the minister"): the one person named earlier in
// the article with a role of that title (a head of state or government for
// "leader") and the demonym, if the description has one.
func (x *extractor) resolveDescription(an *Analysis, ai, si int, at *attribution, personRefs []subjectRef) {
	ws := x.sents[ai][si].words
	if at.npEnd-at.np < 2 || ws[at.np].key != "the" {
		return
	}
	head := ws[at.npEnd-1].key
	if !titleHeads[head] {
		return
	}
	demonym := ""
	for k := at.np + 1; k < at.npEnd-1; k++ {
		switch w := ws[k]; {
		case x.gaz.demonyms[w.key] != "":
			demonym = w.key
		case w.cap || !titleWords[w.key] && !speakerModifiers[w.key]:
			return // not only a description
		}
	}
	found := -1
	for _, r := range personRefs {
		if r.entity == found {
			continue
		}
		if e := &an.Entities[r.entity]; x.hasRole(e.Roles, head, demonym) {
			if found >= 0 {
				return // two people fit
			}
			found = r.entity
		}
	}
	if found >= 0 {
		sp := &at.speaker
		sp.Entity, sp.Type = an.Entities[found].Name, Person
		if sp.Place == "" {
			sp.Place = x.rolePlace(an.Entities[found].Roles)
		}
	}
}

// hasRole reports whether one of roles has the title head (any head of
// state or government for "leader") and the demonym, when there is one.
func (x *extractor) hasRole(roles []string, head, demonym string) bool {
	for _, r := range roles {
		toks := x.roleTokens(r)
		if len(toks) == 0 {
			continue
		}
		last := toks[len(toks)-1].Text
		if last != head && !(head == "leader" && leaderTitles[last]) {
			continue
		}
		if demonym == "" {
			return true
		}
		for _, t := range toks {
			if t.Text == demonym {
				return true
			}
		}
	}
	return false
}

// rolePlace returns the place that the first demonym or place name of the
// roles names ("Russian President" gives "Russia"), or "".
func (x *extractor) rolePlace(roles []string) string {
	for _, r := range roles {
		toks := x.roleTokens(r)
		for i := range toks {
			for n := min(3, len(toks)-i); n > 0; n-- {
				parts := make([]string, n)
				for k := range parts {
					parts[k] = toks[i+k].Text
				}
				key := strings.Join(parts, " ")
				if p := x.gaz.demonyms[key]; p != "" {
					return p
				}
				if p := x.gaz.places[key]; p != "" {
					return p
				}
				if o := x.gaz.knownOrgs[key]; o != "" && x.gaz.orgPlaces[o] != "" {
					return x.gaz.orgPlaces[o]
				}
			}
		}
	}
	return ""
}

// pronounReferent returns the entity a "he" or "she" at (si, start) stands
// for (or, given organisations, "the company"): the one entity of subjects
// in the nearest sentence, this one or up to three before, that has one; -1
// when there is none or more than one.
func pronounReferent(subjects []subjectRef, si, start int) int {
	// subjects are in order of their sentences: only those of the four
	// sentences are read.
	subjects = subjects[sort.Search(len(subjects), func(i int) bool { return subjects[i].sen >= si-3 }):]
	for s := si; s >= 0 && s >= si-3; s-- {
		found := -1
		for _, r := range subjects {
			if r.sen != s || s == si && r.start >= start {
				continue
			}
			if found >= 0 && found != r.entity {
				return -1
			}
			found = r.entity
		}
		if found >= 0 {
			return found
		}
	}
	return -1
}

// indirectQuote returns the claim an attribution reports when it is more
// than a quotation: the words after the verb, "that" and an aside between
// dashes left out.
func (x *extractor) indirectQuote(ai, si int, at *attribution, spans []quoteSpan) (Quote, bool) {
	sw := x.sents[ai][si]
	ws := sw.words
	a := x.articles[ai]
	body := a.Body
	// The last quotation before the speaker: an earlier one has it between.
	if last := sort.Search(len(spans), func(k int) bool { return spans[k].end > ws[at.np].start }) - 1; last >= 0 {
		if q := spans[last]; strings.TrimSpace(strings.Trim(body[q.end:ws[at.np].start], ",\u201D\"’ ")) == "" {
			return Quote{}, false // “...,” she said: the quotation is the claim
		}
	}
	// What is said comes after the verb ("Putin claimed that ...") or,
	// when nothing does, before the speaker ("..., Kragh said", "...,
	// said Leavitt", "..., according to police").
	var st, en int
	ok := false
	if requestVerbs[ws[at.verb].key] {
		return Quote{}, false // "asked the company to meet": a request, not a claim
	}
	if !at.after {
		st, en, ok = x.clause(ai, si, at, ws[at.verbEnd-1].end, sw.sen.End, spans)
		if ok && adjunctOpeners[x.firstKey(ai, si, st)] {
			// "said at a briefing Tuesday": what is said is before the
			// speaker, or after a "that" further on.
			if w := x.nextThat(ws, st, en); w >= 0 {
				st, en, ok = x.clause(ai, si, at, ws[w].end+len(" "), en, spans)
			} else if bs, be, bok := x.clause(ai, si, at, sw.sen.Start, ws[at.np].start, spans); bok {
				st, en = bs, be
			}
		}
	} else if ws[at.verb].key == "according" && ws[at.verb].start <= sw.sen.Start+1 {
		st, en, ok = x.clause(ai, si, at, ws[at.npEnd-1].end, sw.sen.End, spans) // "According to X, ..."
	}
	if !ok {
		before := ws[at.np].start
		if at.after {
			before = ws[at.verb].start
		}
		st, en, ok = x.clause(ai, si, at, sw.sen.Start, before, spans)
	}
	if !ok {
		return Quote{}, false
	}
	return Quote{Article: a.ID, Sentence: sw.sen.Index, Start: st, End: en, Text: body[st:en], Verb: verbText(body, ws, at), Speaker: at.speaker}, true
}

// thatFrom returns, for each word index w of a sentence's words, the index
// of the first word "that" from w on written between two spaces (" that
// "), or -1; and -1 for len(ws) as well. Read once a sentence, it spares
// each attribution a search of the rest of the sentence.
func thatFrom(body string, ws []nword) []int {
	from := make([]int, len(ws)+1)
	from[len(ws)] = -1
	for w := len(ws) - 1; w >= 0; w-- {
		from[w] = from[w+1]
		if ws[w].text == "that" && ws[w].start > 0 && body[ws[w].start-1] == ' ' && ws[w].end < len(body) && body[ws[w].end] == ' ' {
			from[w] = w
		}
	}
	return from
}

// nextThat returns the index of the first word "that" of the sentence
// being read whose " that " lies inside body[st:en], or -1.
func (x *extractor) nextThat(ws []nword, st, en int) int {
	w := firstWordAt(ws, st+len(" "))
	if w < 0 {
		return -1
	}
	if t := x.curThat[w]; t >= 0 && ws[t].end+len(" ") <= en {
		return t
	}
	return -1
}

// requestVerbs attribute quotations ("“Why now?” she asked") but what
// follows them is a request, not a claim.
var requestVerbs = text.WordSet(lexicon.RequestVerbs)

// adjunctOpeners open a phrase of time or place after a verb of saying:
// "said at a briefing Tuesday", "said in a statement".
var adjunctOpeners = text.WordSet(lexicon.AdjunctOpeners)

// firstKey returns the key of the first word at or after off in a
// sentence, or "".
func (x *extractor) firstKey(ai, si, off int) string {
	ws := x.sents[ai][si].words
	if w := firstWordAt(ws, off); w >= 0 {
		return ws[w].key
	}
	return ""
}

// clause trims body[start:end] to the claim it holds: an aside between
// dashes, "that", a weekday, "on Monday", "reporters" and the object of
// "told" left out. ok is false when what is left says nothing besides its
// quotations (fewer than three words).
func (x *extractor) clause(ai, si int, at *attribution, start, end int, spans []quoteSpan) (int, int, bool) {
	ws := x.sents[ai][si].words
	body := x.articles[ai].Body
	for start < end {
		rest := body[start:end]
		trimmed := strings.TrimLeftFunc(rest, func(r rune) bool { return unicode.IsSpace(r) || r == ',' || r == ':' })
		start += len(rest) - len(trimmed)
		r, size := utf8.DecodeRuneInString(trimmed)
		if segment.IsDash(r) {
			if i := strings.IndexFunc(trimmed[size:], segment.IsDash); i >= 0 {
				start += size + i
				_, dsize := utf8.DecodeRuneInString(body[start:])
				start += dsize
				continue
			}
		}
		w := firstWordAt(ws, start)
		if w < 0 || ws[w].start >= end {
			break
		}
		k := ws[w].key
		told := ws[at.verb].key == "told" || ws[at.verb].key == "tells"
		if k == "that" || text.Weekdays[k] || k == "on" && w+1 < len(ws) && text.Weekdays[ws[w+1].key] || k == "reporters" || k == "journalists" ||
			told && w >= at.verbEnd && (ws[w].cap && (w == at.verbEnd || ws[w-1].cap) || objectPronouns[k] && w == at.verbEnd) {
			start = ws[w].end // "told Reuters", "told reporters on Monday that"
			continue
		}
		break
	}
	if start >= end {
		return 0, 0, false
	}
	st, en := trimQuoted(body, start, end)
	for en > st { // a comma or dash before the speaker: "..., Kragh said"
		r, size := utf8.DecodeLastRuneInString(body[st:en])
		if r != ',' && !segment.IsDash(r) && !unicode.IsSpace(r) {
			break
		}
		en -= size
	}
	return st, en, hasWords(ws, st, en, spans, 3)
}

// hasWords reports whether body[st:en] holds at least n tokens (a
// hyphenated word counts as its parts) outside the quotations of spans
// that lie wholly inside it. It reads the sentence's words from the first
// at st and stops at the nth, so that an attribution in a long sentence
// does not tokenize the rest of it again.
func hasWords(ws []nword, st, en int, spans []quoteSpan, n int) bool {
	count := 0
	for w := firstWordAt(ws, st); w >= 0 && w < len(ws) && ws[w].end <= en; w++ {
		if inQuoteSpan(spans, ws[w].start, st, en) {
			continue
		}
		if count += strings.Count(ws[w].key, " ") + 1; count >= n {
			return true
		}
	}
	return false
}

// inQuoteSpan reports whether the word starting at off is inside one of
// spans that lies wholly inside [st, en).
func inQuoteSpan(spans []quoteSpan, off, st, en int) bool {
	i := spanAt(spans, off)
	return i >= 0 && spans[i].start >= st && spans[i].end <= en
}

// spanAt returns the index of the span of spans (in order, apart) that
// holds the byte at off, or -1.
func spanAt(spans []quoteSpan, off int) int {
	if i := sort.Search(len(spans), func(i int) bool { return spans[i].end > off }); i < len(spans) && spans[i].start <= off {
		return i
	}
	return -1
}

// firstWordAt returns the index of the first word starting at or after off
// with only white space between, or -1. The words are in order, so it
// searches them by halves.
func firstWordAt(ws []nword, off int) int {
	if i := sort.Search(len(ws), func(i int) bool { return ws[i].start >= off }); i < len(ws) {
		return i
	}
	return -1
}

// roleTokens returns the tokens of the role r, tokenised once per
// extractor: the speakers of every quote are checked against the same few
// roles.
func (x *extractor) roleTokens(r string) []text.Token {
	if toks, ok := x.roleToks[r]; ok {
		return toks
	}
	if x.roleToks == nil {
		x.roleToks = make(map[string][]text.Token)
	}
	toks := text.Tokenize(r)
	x.roleToks[r] = toks
	return toks
}
