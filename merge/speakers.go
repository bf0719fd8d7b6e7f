package merge

import (
	"slices"
	"sort"
	"strings"

	"github.com/newsmerge/newsmerge/entities"
	"github.com/newsmerge/newsmerge/internal/par"
	"github.com/newsmerge/newsmerge/similarity"
	"github.com/newsmerge/newsmerge/text"
)

// A voice is what one body sentence names and quotes, as Analyze finds it:
// what Merge needs to keep the statements of different people apart and to
// flag a statement that the sources credit to different speakers.
type voice struct {
	people   []string               // canonical names of the people the sentence is about (see readVoices), sorted, each once
	speakers []speaker              // who the sentence says is speaking, in order
	quotes   []*similarity.Prepared // its quotations (words in quotation marks), where long enough to compare
	claims   []*similarity.Prepared // what it says someone said: every quotation and reported clause
	said     []saying               // the quotations and claims it credits to a named speaker
}

// A saying is words a sentence credits to a speaker.
type saying struct {
	speaker string // speaker.key
	words   string // the folded words, one space apart, punctuation left out
	direct  bool   // words in quotation marks
	content bool   // the words hold a word that is not a stopword
}

// A speaker is one attribution of a sentence ("Putin claimed", "...,
// Leavitt said").
type speaker struct {
	key  string // what speakers compare by: the entity's canonical name, or the phrase, folded
	text string // as the conflict shows it: the entity's canonical name, or the phrase as written
	// affiliation holds the folded phrase and the entity's roles, so that
	// "Kremlin spokesperson Dmitry Peskov" speaks for "the Kremlin".
	affiliation []string
}

// subjectWords is how many words may come before a person's name for the
// sentence to be about that person: "Council Member Maria Okafor said",
// "On Monday, President Vladimir Putin claimed", but not "... a proposal the
// Trump administration offered".
const subjectWords = 5

// maxVoiceQuotes is how many quotes of a sentence, the first ones, Merge
// reads for its voice: a sentence of hundreds of attributions ("Smith said
// Jones said ...") would otherwise cost the square of its length.
const maxVoiceQuotes = 8

// readVoices reads the voice of every unit from an analysis of the articles.
// The people a sentence is about are its speakers and the people it names
// within its first subjectWords words, where its subject usually stands.
func (m *merger) readVoices(an *entities.Analysis) []voice {
	types := make(map[string]*entities.Entity, len(an.Entities))
	for i := range an.Entities {
		types[an.Entities[i].Name] = &an.Entities[i]
	}
	out := make([]voice, len(m.units))
	// Each unit's voice is read on its own: on all processors.
	par.For(len(m.units), func(i int) {
		u := m.units[i]
		id := m.articles[u.art].ID
		var v voice
		toks := u.toks
		for _, mn := range an.SentenceMentions(id, u.sen.Index) {
			if e := types[mn.Entity]; e != nil && e.Type == entities.Person && leadsSentence(toks, mn.Start-u.sen.Start) {
				v.addPerson(e.Name)
			}
		}
		quotes := an.SentenceQuotes(id, u.sen.Index)
		if len(quotes) > maxVoiceQuotes {
			quotes = quotes[:maxVoiceQuotes]
		}
		for _, q := range quotes {
			claim := m.scorer.Prepare(q.Text)
			v.claims = append(v.claims, claim)
			if q.Direct {
				if claim.ContentWords() >= similarity.MinCoveredWords {
					v.quotes = append(v.quotes, claim)
				}
			}
			if q.Verb == "" || q.Speaker.Text == "" {
				continue
			}
			sp := speaker{key: text.Fold(q.Speaker.Text), text: OneLine(q.Speaker.Text), affiliation: []string{text.Fold(q.Speaker.Text)}}
			if e := types[q.Speaker.Entity]; e != nil {
				sp.key, sp.text = text.Fold(e.Name), e.Name
				for _, r := range e.Roles {
					sp.affiliation = append(sp.affiliation, text.Fold(r))
				}
			} else if entities.PersonPronouns[sp.key] || entities.OtherPronouns[sp.key] {
				continue // "she said" with no clear antecedent names nobody
			}
			sp.key = strings.TrimPrefix(sp.key, "the ")
			v.said = append(v.said, newSaying(sp.key, q, claim))
			if !containsSpeaker(v.speakers, sp.key) {
				v.speakers = append(v.speakers, sp)
			}
			if e := types[q.Speaker.Entity]; e != nil && e.Type == entities.Person {
				v.addPerson(e.Name)
			}
		}
		sort.Strings(v.people)
		out[i] = v
	})
	return out
}

func (v *voice) addPerson(name string) {
	if !slices.Contains(v.people, name) {
		v.people = append(v.people, name)
	}
}

// leadsSentence reports whether the byte offset off of a sentence comes
// after at most subjectWords of its tokens.
func leadsSentence(toks []text.Token, off int) bool {
	return sort.Search(len(toks), func(i int) bool { return toks[i].Start >= off }) <= subjectWords
}

func containsSpeaker(sps []speaker, key string) bool {
	for _, s := range sps {
		if s.key == key {
			return true
		}
	}
	return false
}

// otherPeople reports whether two sentences are about different people:
// each names at least one person, they name no person in common, and they
// do not quote the same words. "Daniel Okafor said his group would knock on
// doors" and "Maria Okafor said she would knock on doors" are two
// statements however alike their words; "“We cannot allow it,” the
// minister said" and "“We cannot allow it,” a spokesman said" are one
// statement credited to two speakers (a conflict).
func (m *merger) otherPeople(a, b int) bool {
	va, vb := &m.voices[a], &m.voices[b]
	if len(va.people) == 0 || len(vb.people) == 0 {
		return false
	}
	if sharePerson(va.people, vb.people) {
		return false
	}
	for _, qa := range va.quotes {
		for _, qb := range vb.quotes {
			if l, _ := m.scorer.Relate(qa, qb); l == similarity.LinkSame {
				return false
			}
		}
	}
	return true
}

// saysOther reports whether two sentences credit different words to one
// speaker: both are about the same person or name the same speaker, both
// quote or report what was said, and nothing one quotes or reports is in
// anything the other does, so the words they share are those of
// the attribution ("Daniel Okafor, president of the Fairhaven Taxpayers
// League, said ...") and not of the statement. Merge keeps such sentences
// apart unless their scores join them on their own.
func (m *merger) saysOther(a, b int) bool {
	va, vb := &m.voices[a], &m.voices[b]
	if len(va.claims) == 0 || len(vb.claims) == 0 || !(sharePerson(va.people, vb.people) || shareSpeaker(va.speakers, vb.speakers)) {
		return false
	}
	for _, ca := range va.claims {
		for _, cb := range vb.claims {
			if l, sc := m.scorer.Relate(ca, cb); l != similarity.LinkNone || sc.Containment >= m.minAlign {
				return false
			}
		}
	}
	return true
}

// newSaying returns the words of quote q, prepared as claim, credited to
// the speaker with the given key.
func newSaying(speaker string, q entities.Quote, claim *similarity.Prepared) saying {
	return saying{speaker: speaker, words: strings.Join(claim.Words(), " "), direct: q.Direct, content: claim.ContentWords() > 0}
}

// quotesSame reports whether one sentence quotes words that the other
// credits to the same speaker: "Leavitt said U.S. negotiators have
// “refined” their proposals" and "Leavitt said ... those points had been
// refined". A quotation is what a speaker is on record as saying, so two
// outlets that give one speaker the same quoted words report one
// statement, however differently they tell the rest.
func (m *merger) quotesSame(a, b int) bool {
	va, vb := &m.voices[a], &m.voices[b]
	return quotedIn(va.said, vb.said) || quotedIn(vb.said, va.said)
}

// quotedIn reports whether a direct quotation of a with a content word is,
// word for word, in something b credits to the same speaker.
func quotedIn(a, b []saying) bool {
	for _, x := range a {
		if !x.direct || !x.content {
			continue
		}
		for _, y := range b {
			if x.speaker == y.speaker && containsWords(y.words, x.words) {
				return true
			}
		}
	}
	return false
}

// sharePerson reports whether two sorted name lists share a name.
func sharePerson(a, b []string) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// shareSpeaker reports whether a speaker of a is a speaker of b.
func shareSpeaker(a, b []speaker) bool {
	for _, x := range a {
		if containsSpeaker(b, x.key) {
			return true
		}
	}
	return false
}

// otherSpeakers reports whether two sentences credit what they say to
// different speakers: both name a speaker, and no speaker of one is a
// speaker of the other or speaks for one ("Kremlin spokesperson Dmitry
// Peskov" and "the Kremlin").
func otherSpeakers(a, b []speaker) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	for _, x := range a {
		for _, y := range b {
			if x.key == y.key || x.speaksFor(y) || y.speaksFor(x) {
				return false
			}
		}
	}
	return true
}

// speaksFor reports whether s's phrase or roles name o: a spokesperson for
// an organisation speaks for it.
func (s speaker) speaksFor(o speaker) bool {
	for _, a := range s.affiliation {
		if containsWords(a, o.key) {
			return true
		}
	}
	return false
}

// containsWords reports whether the folded text holds the folded phrase as
// whole words.
func containsWords(text, phrase string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], phrase)
		if j < 0 || phrase == "" {
			return false
		}
		start, end := i+j, i+j+len(phrase)
		if (start == 0 || text[start-1] == ' ') && (end == len(text) || text[end] == ' ') {
			return true
		}
		i = start + 1
	}
}
