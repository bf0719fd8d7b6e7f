package entities

import (
	"strings"

	"github.com/newsmerge/newsmerge/segment"
	"github.com/newsmerge/newsmerge/similarity"
)

// A ballot is what a row of the vote table votes for.
type ballot uint8

const (
	// forNothing casts no vote; in a group it still ends the group, so
	// that the rows after it are not tried.
	forNothing ballot = iota
	forPerson
	forOrg
	forPlace
	forOther
	// againstPerson marks the mention as not a person's ("the" before
	// it) without voting for a kind: see nameCand.notPerson.
	againstPerson
)

// A voteGroup is a set of rows of the vote table of which at most one
// applies: the first, in table order, whose predicate holds. Rows in group
// 0 (alone) are each tried independently.
type voteGroup uint8

const (
	alone      voteGroup = 0
	wordBefore voteGroup = 1 << iota // the word before the name and its role
	wordAfter                        // the word after the name
)

// A voteRow is one piece of evidence about a mention's kind: when holds is
// true of the mention's context, the row votes weight for kind.
// A row marked known applies to known places and organisations too.
type voteRow struct {
	name   string
	group  voteGroup
	holds  func(m voteContext) bool
	vote   ballot
	weight int
	known  bool
}

// voteTable is the evidence that the context of a mention gives about the
// kind of thing it names, tried in order for every mention; the rows not
// marked known only for a mention that is not a known place or
// organisation. Order matters only within a group: there, the first row
// that holds is the only one applied. resolve adds up the votes of all the
// mentions of a name (see Analyze, "Kinds"); a title before the name
// ("President") is not here but in the mention's role (addCandidate).
var voteTable = []voteRow{
	// A single word before "administration", "campaign", ...: "the Trump
	// administration" is a mention of the person Trump.
	{"person context after", alone, personContextAfter, forPerson, 1, true},
	// A single word, not in capitals, opening a clause right before a
	// verb of saying: "Netanyahu said"; not "the government of Andalusia
	// declared".
	{"said after", alone, saidAfter, forPerson, 1, true},
	// An ampersand inside the name: "Sound Tow & Recovery".
	{"ampersand", alone, hasAmpersand, forOrg, 2, true},

	// A dateline opens with the place the story is filed from:
	// "HARLAN SPRINGS, Calif. (AP) —".
	{"dateline", alone, inDateline, forPlace, 2, false},

	// The word before the name, or before its role when it has one.
	//
	// A capitalised word before it: nothing from this group. "Tuesday
	// Kragh" (a weekday splits a run).
	{"capitalised before", wordBefore, capBefore, forNothing, 0, false},
	// A preposition of place: "in Vaasa", "near Chivay".
	{"place preposition", wordBefore, placePrepositionBefore, forPlace, 1, false},
	// "of" after a place noun: "the port of Vaasa".
	{"place noun of", wordBefore, placeNounOfBefore, forPlace, 2, false},
	// "the" before a name without a role: "the Red Cross". No kind, but
	// not a person.
	{"the", wordBefore, theBefore, againstPerson, 0, false},
	// A role already makes the name a person's: no descriptor votes.
	// "the special envoy Steve Witkoff".
	{"role", wordBefore, titled, forNothing, 0, false},
	// A noun that describes an organisation: "the utility Endesa", "the
	// ship's operator, Kvarken Line".
	{"org descriptor before", wordBefore, orgDescriptorBefore, forOrg, 3, false},
	// A noun that describes a thing that is none of the three kinds:
	// "the ferry Aurora Nord".
	{"thing descriptor before", wordBefore, thingDescriptorBefore, forOther, 2, false},

	// The word after the name; none at the end of a sentence.
	//
	// A place noun: "the Colca valley", "the Saxony state government".
	{"place noun after", wordAfter, placeNounAfter, forPlace, 2, false},
	// An organisation noun, without a role: "the IG Metall union".
	{"org descriptor after", wordAfter, orgDescriptorAfter, forOrg, 2, false},
	// A comma and a known place: "Chivay, Peru", "Salem, Mass.".
	{"comma place", wordAfter, commaPlaceAfter, forPlace, 2, false},
	// A comma and an aside that says who: "Aoife Brennan, chairwoman of
	// ...", "Jane Roe, 45, ...", "Taylor Gross, a White House spokesman".
	{"aside says who", wordAfter, asideSaysWho, forPerson, 1, false},

	// A title right after a name without a role: the name is the
	// employer. "Enron spokesman Eric Thode", "AAA spokesman".
	{"title after", alone, employerOfTitle, forOrg, 1, false},
	// The name right after a verb of saying that follows punctuation:
	// "..., said JoAnn Marquis on Monday." Not when the name ends the
	// sentence (see saidBefore).
	{"said before", alone, saidBefore, forPerson, 1, false},
}

// contextVotes adds the votes of voteTable for the mention ws[i:j] to c.
func (x *extractor) contextVotes(ai, si, i, j int, c *nameCand) {
	m := x.voteContextOf(ai, si, i, j, c)
	var done voteGroup
	for _, r := range voteTable {
		if c.known && !r.known || r.group&done != 0 || !r.holds(m) {
			continue
		}
		done |= r.group
		c.addVote(r.vote, r.weight)
	}
}

// addVote adds weight to c's votes for b.
func (c *nameCand) addVote(b ballot, weight int) {
	switch b {
	case forPerson:
		c.person += weight
	case forOrg:
		c.org += weight
	case forPlace:
		c.place += weight
	case forOther:
		c.other += weight
	case againstPerson:
		c.notPerson = true
	}
}

// A voteContext is what the predicates of voteTable read: a mention
// ws[i:j] of a sentence, with its role. It holds no pointer to the
// candidate, so that it stays on the stack.
type voteContext struct {
	x        *extractor
	ws       []nword
	body     string
	i, j     int    // the mention is ws[i:j]
	b        int    // the first word of the mention's role, or i
	role     string // nameCand.role
	dateline bool   // the sentence is a dateline
	gapB     string // the gap before ws[b], spaces trimmed; "" when b == 0
	gapJ     string // the gap before ws[j], spaces trimmed; "" when j == len(ws)
	text     string // nameCand.text
	typ      Type   // nameCand.typ, from the name's words
	subject  bool   // nameCand.subject
}

func (x *extractor) voteContextOf(ai, si, i, j int, c *nameCand) voteContext {
	ws := x.sents[ai][si].words
	m := voteContext{x: x, ws: ws, body: x.articles[ai].Body, i: i, j: j, b: i, role: c.role, dateline: x.sents[ai][si].sen.Role == segment.RoleDateline,
		text: c.text, typ: c.typ, subject: c.subject}
	if c.role != "" {
		for m.b > 0 && ws[m.b-1].end > c.start-len(c.role)-1 {
			m.b--
		}
	}
	if m.b > 0 {
		m.gapB = m.gap(m.b)
	}
	if j < len(ws) {
		m.gapJ = m.gap(j)
	}
	return m
}

// gap returns the text between ws[k-1] and ws[k], spaces trimmed.
func (m voteContext) gap(k int) string {
	return strings.TrimSpace(m.body[m.ws[k-1].end:m.ws[k].start])
}

// before returns the word before the mention's role (or the mention) and
// the gap between them; ok is false at the start of the sentence.
func (m voteContext) before() (prev nword, gap string, ok bool) {
	if m.b == 0 {
		return nword{}, "", false
	}
	return m.ws[m.b-1], m.gapB, true
}

// after returns the word after the mention and the gap between them; ok is
// false at the end of the sentence.
func (m voteContext) after() (next nword, gap string, ok bool) {
	if m.j >= len(m.ws) {
		return nword{}, "", false
	}
	return m.ws[m.j], m.gapJ, true
}

func personContextAfter(m voteContext) bool {
	next, _, ok := m.after()
	return ok && m.j-m.i == 1 && personContexts[next.key] && !next.cap && m.typ != Place && m.typ != Org
}

func saidAfter(m voteContext) bool {
	next, gap, ok := m.after()
	return ok && m.j-m.i == 1 && reportingVerbs[next.key] && !next.cap && !m.ws[m.i].upper && m.subject && gap == ""
}

func hasAmpersand(m voteContext) bool { return strings.Contains(m.text, "&") }

func inDateline(m voteContext) bool { return m.dateline && m.role == "" }

func titled(m voteContext) bool { return m.role != "" }

func capBefore(m voteContext) bool {
	prev, _, ok := m.before()
	return ok && prev.cap
}

func placePrepositionBefore(m voteContext) bool {
	prev, gap, ok := m.before()
	return ok && gap == "" && placePrepositions[prev.key]
}

func placeNounOfBefore(m voteContext) bool {
	prev, gap, ok := m.before()
	return ok && gap == "" && prev.key == "of" && m.b > 1 && placeNouns[m.ws[m.b-2].key]
}

func theBefore(m voteContext) bool {
	prev, gap, ok := m.before()
	return ok && gap == "" && prev.key == "the" && m.role == ""
}

func orgDescriptorBefore(m voteContext) bool {
	prev, gap, ok := m.before()
	return ok && (gap == "" || gap == ",") && orgDescriptors[prev.key]
}

func thingDescriptorBefore(m voteContext) bool {
	prev, gap, ok := m.before()
	return ok && (gap == "" || gap == ",") && thingDescriptors[prev.key]
}

func placeNounAfter(m voteContext) bool {
	next, gap, ok := m.after()
	return ok && gap == "" && !next.cap && placeNouns[next.key]
}

func orgDescriptorAfter(m voteContext) bool {
	next, gap, ok := m.after()
	return ok && gap == "" && !next.cap && orgDescriptors[next.key] && m.role == ""
}

func commaPlaceAfter(m voteContext) bool {
	next, gap, ok := m.after()
	if !ok || gap != "," {
		return false
	}
	gaz, j := m.x.gaz, m.j
	return gaz.places[next.key] != "" || stateAbbreviations[next.key] != "" || j+1 < len(m.ws) && gaz.places[joinKeys(m.ws, j, j+2)] != ""
}

// asideSaysWho reports whether a comma after the mention opens an aside
// with a title or an age in its first six words, past determiners,
// modifiers, demonyms and possessives: "Aoife Brennan, chairwoman of",
// "Jane Roe, 45,", "Taylor Gross, a White House spokesman"; not "Kvarken
// Line, which ...".
func asideSaysWho(m voteContext) bool {
	if _, gap, ok := m.after(); !ok || gap != "," {
		return false
	}
	ws, body, j := m.ws, m.body, m.j
	for k := j; k < len(ws) && k < j+6; k++ {
		if k > j && m.gap(k) != "" && !isPossessiveGap(body, ws[k-1].end, ws[k].start) {
			return false
		}
		age := ws[k].number && k == j && k+1 < len(ws) && strings.TrimSpace(body[ws[k].end:ws[k+1].start]) == ","
		if age || !ws[k].cap && titleHeads[ws[k].key] && !orgDescriptors[ws[k].key] {
			return true
		}
		possessive := k+1 < len(ws) && isPossessiveGap(body, ws[k].end, ws[k+1].start) // "the company's"
		if !ws[k].cap && !similarity.Stopwords[ws[k].key] && !speakerModifiers[ws[k].key] && !m.x.isDemonym(ws[k]) && !possessive {
			return false // "Kvarken Line, which ...": no title
		}
	}
	return false
}

// titleAfter reports whether a lower-case title follows the mention
// directly: "Enron spokesman".
func titleAfter(m voteContext) bool {
	next, gap, ok := m.after()
	return ok && !next.cap && titleWords[next.key] && gap == ""
}

func employerOfTitle(m voteContext) bool { return titleAfter(m) && m.role == "" }

// saidBefore reports whether the mention, not in capitals and without a
// role or a title after it, follows a verb of saying right after
// punctuation: "“We will,” said JoAnn Marquis on Monday". It is false when
// the mention ends the sentence: "“We will,” said JoAnn Marquis." gets no
// vote from it.
func saidBefore(m voteContext) bool {
	ws, i := m.ws, m.i
	if m.j >= len(ws) || i == 0 || titleAfter(m) || m.role != "" || ws[i].upper {
		return false
	}
	verb := ws[i-1]
	if !reportingVerbs[verb.key] || verb.cap || m.gap(i) != "" {
		return false
	}
	return i < 2 || m.gap(i-1) != ""
}
