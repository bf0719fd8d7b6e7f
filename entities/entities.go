package entities

import (
	"encoding"
	"github.com/newsmerge/newsmerge/internal/lexicon"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsmerge/newsmerge/article"
	"github.com/newsmerge/newsmerge/internal/enum"
	"github.com/newsmerge/newsmerge/segment"
	"github.com/newsmerge/newsmerge/similarity"
	"github.com/newsmerge/newsmerge/text"
)

// A Type says what kind of thing an Entity is.
type Type uint8

const (
	// Other is a name whose kind the text does not show: a
	// capitalised name that is neither a known place nor shaped like a
	// person's or an organisation's name.
	Other Type = iota
	// Person is a person: "Vladimir Putin", "Leavitt".
	Person
	// Org is an organisation, including seats of government that
	// stand for one: "White House", "Kremlin", "ABC News".
	Org
	// Place is a country, region, city or other place: "United
	// States", "Kyiv", "Florida".
	Place
)

var entityTypeNames = [...]string{"other", "person", "org", "place"}

var (
	_ encoding.TextMarshaler   = Type(0)
	_ encoding.TextUnmarshaler = (*Type)(nil)
)

// String returns "other", "person", "org" or "place".
func (t Type) String() string { return enum.Name(entityTypeNames[:], int(t), "EntityType") }

// MarshalText returns the type's name, as String does.
func (t Type) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

// UnmarshalText reads a name written by MarshalText; any other text is an
// error, and so is a nil *Type (wrapping ErrNil).
func (t *Type) UnmarshalText(b []byte) error {
	return enum.Unmarshal(t, entityTypeNames[:], b, "entity type")
}

// An Entity is a person, organisation or place named in a set of articles,
// with every mention of it under any of its names.
type Entity struct {
	// Name is the canonical name: for a known place or organisation its
	// usual spelling ("United States" for "U.S."), otherwise the fullest
	// form used in the text ("Steve Witkoff" for "Witkoff"), spelled as
	// it first appears.
	Name string `json:"name"`
	// Type says what the entity is.
	Type Type `json:"type"`
	// Aliases are the other spellings the text uses for the entity,
	// possessive "'s" removed, in order of first appearance. Empty when
	// the entity is only ever called by its Name.
	Aliases []string `json:"aliases"`
	// Roles are the titles and descriptions written right before the
	// entity's name ("Russian President", "White House press
	// secretary"), in order of first appearance, each once.
	Roles []string `json:"roles,omitempty"`
	// Articles are the IDs of the articles that mention the entity, in
	// input order.
	Articles []string `json:"articles"`
	// Mentions are every mention, ordered by article (input order) and
	// then by offset.
	Mentions []Mention `json:"mentions"`
}

// A Mention is one place where an article names an entity.
type Mention struct {
	// Entity is the canonical name of the entity mentioned (Entity.Name).
	Entity string `json:"entity"`
	// Article is the article's ID.
	Article string `json:"article"`
	// Sentence is the Index of the segment that holds the mention, as
	// Split numbers the article's segments.
	Sentence int `json:"sentence"`
	// Start and End are byte offsets into the article's Body:
	// Text == Body[Start:End]. A possessive "'s" is not part of the
	// mention; a title before the name is not either.
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// A Quote is a statement that an article attributes to a speaker: the words
// within quotation marks (Direct), or a reported claim such as "Putin
// claimed that Russian forces had taken control of two cities".
type Quote struct {
	// Article is the article's ID and Sentence the Index of the segment
	// (see Split) that holds the quote.
	Article  string `json:"article"`
	Sentence int    `json:"sentence"`
	// Start and End are byte offsets into the article's Body of what is
	// said: the words inside the quotation marks for a direct quote, the
	// reported clause for an indirect one ("that" and a leading aside
	// between dashes left out). Text == Body[Start:End].
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Direct is true for words in quotation marks.
	Direct bool `json:"direct"`
	// Verb is the verb of saying as written ("said", "claimed",
	// "according to"); empty for a quote without one, such as a quotation
	// continued from the previous sentence or a word in scare quotes.
	Verb string `json:"verb,omitempty"`
	// Speaker is who says it; its Text is empty when the sentence names
	// no speaker and none carries over.
	Speaker Speaker `json:"speaker"`
}

// A Speaker is who a Quote is attributed to.
type Speaker struct {
	// Text is the speaker as the sentence names them ("Kremlin
	// spokesperson Dmitry Peskov", "Russian officials", "she"), with
	// its byte offsets into the article's Body. For a quotation continued
	// from an earlier sentence, it is the phrase in that sentence. Empty,
	// with zero offsets, when the speaker is unknown.
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	// Entity is the canonical name of the entity the phrase names, or the
	// one it stands for when that is clear: for "she" or "he", the one
	// person who is a subject in the nearest of the three sentences
	// before; for "the company" (the and an organisation noun), the one
	// organisation named in the nearest of them; for a description ("the
	// Russian leader", "the minister"), the one person named earlier in the
	// article with a role of that title (and demonym). Empty when the
	// phrase names no entity ("Russian officials") or the reference is
	// unclear.
	Entity string `json:"entity,omitempty"`
	// Type is the entity's type; Other when Entity is empty.
	Type Type `json:"type"`
	// Place is the country or region that the phrase's demonym ("Russian
	// officials") or the entity's roles ("Russian President") tie the
	// speaker to, by its canonical name; empty when there is none.
	Place string `json:"place,omitempty"`
}

// An Analysis is what Analyze finds in a set of articles: the entities and
// the quotes, with access by sentence.
type Analysis struct {
	// Entities are ordered by first mention: by article in input order,
	// then by offset.
	Entities []Entity `json:"entities"`
	// Quotes are ordered by article in input order, then by offset.
	Quotes []Quote `json:"quotes"`

	order    map[string]int // article ID to input position
	mentions []Mention      // all mentions, ordered like Quotes
}

// Entities returns the entities of a set of articles, as Analyze finds
// them.
func Entities(articles []*article.Article) ([]Entity, error) {
	an, err := Analyze(articles)
	if err != nil {
		return nil, err
	}
	return an.Entities, nil
}

// Analyze finds the people, organisations and places named in a set of
// articles, joins the names that stand for one entity across all of them,
// and finds the quotes and claims with their speakers.
//
// Names. A name is a run of capitalised words (with lower-case particles
// such as "de" and "al-", and "of" or "the" inside organisation names) in a
// segment of the article; a possessive ends it ("Russia's"), a hyphen does
// not ("Ocasio-Cortez"). The first word of a sentence is left out when it is
// a common word (a function word, a word the articles also use in lower
// case, a group noun such as "Officials", a number, a weekday or month), and
// a lone first word is kept only with evidence: it is capitalised inside a
// sentence elsewhere, a verb of saying follows it, or an aside ("Kushner,
// who ..."). Weekdays, dates, number words, contractions and hyphenated
// adjectives ("US-based") are never names; demonyms ("Russian") are not
// either.
//
// Kinds. Known places come from a gazetteer (country names from the CLDR
// data in golang.org/x/text, with continents, regions, U.S. states and
// major cities; state abbreviations in datelines); known organisations from
// a list (seats of government such as "White House" and "Kremlin",
// international bodies, news agencies). Otherwise the words and the context
// vote: a title or role before the name ("President", "special envoy",
// "White House press secretary", kept as Entity.Roles), one in an aside
// after it ("Aoife Brennan, chairwoman of ...") or a verb of saying after a
// lone word make a person, and "the Trump administration" is a mention of
// the person Trump; an organisation word at the end ("News", "Ministry",
// "Inc", "Rangers") or a describing noun before ("the utility Endesa") an
// organisation; a place word ("Road", "Springs", "City"), a preposition
// ("in Vaasa"), "the port of", a country after a comma or a dateline a
// place; an incident or event word ("Pine Hollow Fire", "Paris Agreement")
// or "the" before a name without other evidence Other. A name of two
// to four words without votes is a person's when its first word is a common
// given name, when it shares its last word with a person's name, when it
// has a particle of people's names ("von der"), or when its last word alone
// refers to it; otherwise, like a lone word that nothing shows the kind of,
// it is Other. Headlines and sub-headings, capitalised throughout,
// only give mentions of names found elsewhere (a person's surname too) and
// of known places and organisations.
//
// Joining. Mentions with the same folded spelling (see Fold: "Micheál" and
// "Micheal") are always one entity, named by the spelling with the most
// letters outside ASCII and not in capitals, the first of those on ties. A shorter name joins a fuller person's name that
// ends with it ("Witkoff" joins "Steve Witkoff") when exactly one such name
// appears in the articles; with two ("Donald Trump", "Melania Trump")
// "Trump" stays an entity of its own. A given name used alone joins the one
// person whose name opens with it ("Luis", "Luis Reyes"). Spelling
// variants of a person's name
// ("Zelensky", "Zelenskyy") join when every word is the same or close by
// normalised Levenshtein similarity (at least 0.85, words of six letters or
// more, not a demonym of the other: "Andalusian"). An acronym joins the one
// organisation whose initials it spells ("NATO"), and a name joins the one
// organisation it opens when the rest are organisation words ("Kessler",
// "Kessler Automotive").
//
// Quotes. Every span in quotation marks of a body sentence is a direct
// Quote. Its speaker is the subject of the nearest verb of saying in the
// sentence ("said", "told", "claimed", "added", "denied", ... and "according
// to"), never words inside quotation marks: the phrase before the verb
// ("Putin claimed", "..., Leavitt said", "Russian officials also claimed",
// "ministry spokesman Lars Holm told", "a spokesman for the Kremlin said"),
// the name before or in an apposition ("Salling Group" in "Denmark's largest
// chain, Salling Group, said"), the speaker of the verb before ("Carr said
// ... and insisted") or after the verb ("..., said Leavitt"). A quotation
// that goes on in the next sentence of the paragraph keeps its speaker. A
// verb of saying with a speaker also gives an indirect Quote of the clause
// it reports: what follows the verb, or what comes before the speaker when
// nothing (or only a time or place) follows ("Shops will have six months,
// Kragh said"); none when that clause is only a quotation, the verb is
// negated ("did not say") or it asks for something ("asked the company to").
//
// Errors. Analyze returns an empty Analysis and no error for no articles,
// the error of Article.Validate for an invalid article, an *ArticleError
// wrapping ErrEmpty for a nil article, and one wrapping ErrDuplicateID when
// two articles share an ID. The result is deterministic, and Analyze is
// safe for concurrent use.
func Analyze(articles []*article.Article) (*Analysis, error) {
	if len(articles) == 0 {
		return &Analysis{order: map[string]int{}}, nil
	}
	if err := article.ValidateAll(articles); err != nil {
		return nil, err
	}
	return AnalyzeDocuments(segment.ReadAll(articles)), nil
}

// AnalyzeDocuments is Analyze for valid articles already read (split and
// tokenised by segment.Read), in the same order.
func AnalyzeDocuments(docs []*segment.Document) *Analysis {
	articles := make([]*article.Article, len(docs))
	for i, d := range docs {
		articles[i] = d.Article
	}
	an := &Analysis{order: make(map[string]int, len(articles))}
	x := newExtractor(articles, docs)
	x.findNames()
	x.resolve()
	x.findHeadingMentions()
	x.build(an)
	x.findQuotes(an)
	return an
}

// SentenceMentions returns the mentions of entities in one segment of an
// article (Sentence.Index as Split numbers them), ordered by offset; nil
// when there are none, the article is not in the analysis, or an is nil.
func (an *Analysis) SentenceMentions(article string, sentence int) []Mention {
	if an == nil {
		return nil
	}
	return sentenceSlice(an, an.mentions, article, sentence, func(m Mention) (string, int) { return m.Article, m.Sentence })
}

// SentenceQuotes returns the quotes of one segment of an article, ordered
// by offset; nil when there are none or an is nil.
func (an *Analysis) SentenceQuotes(article string, sentence int) []Quote {
	if an == nil {
		return nil
	}
	return sentenceSlice(an, an.Quotes, article, sentence, func(q Quote) (string, int) { return q.Article, q.Sentence })
}

// Entity returns the entity with the given canonical name, and whether
// there is one; none in a nil *Analysis.
func (an *Analysis) Entity(name string) (Entity, bool) {
	if an == nil {
		return Entity{}, false
	}
	for _, e := range an.Entities {
		if e.Name == name {
			return e, true
		}
	}
	return Entity{}, false
}

// sentenceSlice returns the run of xs (ordered by article position and
// sentence) that belongs to one sentence.
func sentenceSlice[T any](an *Analysis, xs []T, article string, sentence int, at func(T) (string, int)) []T {
	pos, ok := an.order[article]
	if !ok {
		return nil
	}
	less := func(x T) bool { // x is before (article, sentence)
		a, s := at(x)
		pa := an.order[a]
		return pa < pos || pa == pos && s < sentence
	}
	i := sort.Search(len(xs), func(i int) bool { return !less(xs[i]) })
	j := i
	for j < len(xs) {
		if a, s := at(xs[j]); a != article || s != sentence {
			break
		}
		j++
	}
	if i == j {
		return nil
	}
	return xs[i:j:j]
}

// A word is a token of a sentence, with hyphenated parts joined
// ("Ocasio-Cortez", "Russian-American").
type nword struct {
	start, end int    // byte offsets into the article's Body
	text       string // as written
	key        string // folded tokens joined by spaces
	cap        bool   // starts with an upper-case letter
	upper      bool   // has at least two letters, all upper case
	number     bool
	first      bool // opens the sentence (after any opening punctuation)
}

// A sentenceWords is a segment of an article with its words.
type sentenceWords struct {
	sen   segment.Sentence
	words []nword
}

// A nameCand is one mention of a name found in a sentence.
type nameCand struct {
	art, sen   int // article position, index into extractor.sents[art]
	start, end int // offsets into Body
	firstWord  int // index of its first word in the sentence
	text, key  string
	words      int
	typ        Type
	known      bool   // type and canonical name from a list
	canonical  string // for known names
	person     int    // votes: titled, "X administration"
	org, place int
	other      int  // votes for a thing that is none of the three: "the ferry Aurora Nord"
	notPerson  bool // "the" before it
	role       string
	subject    bool // at the start of a clause: may be what a pronoun stands for
	group      int  // index into extractor.groups
}

// A nameGroup is the mentions of one folded name.
type nameGroup struct {
	key       string
	keyWords  []string
	text      string // first spelling
	typ       Type
	known     bool
	canonical string
	cands     []int
	nwords    int  // words of the name as written ("Västerbottens-Kuriren" is one)
	titled    bool // a mention has a title or role before it
	// maybePerson marks a name of two to four words that nothing shows the
	// kind of: a person's if a surname alone refers to it.
	maybePerson bool
	parent      int // union-find: the group this one joined
	first       int // index of its first nameCand
}

type extractor struct {
	articles    []*article.Article
	sents       [][]sentenceWords
	lower       map[string]bool // folded words written in lower case somewhere
	capMid      map[string]bool // folded words capitalised inside a sentence
	cands       []nameCand
	groups      []nameGroup
	byKey       map[string]int
	gaz         *gazetteer
	candEnt     []int // candidate to index into Analysis.Entities, after build
	curCands    []int // the candidates of the sentence whose quotes are being read
	curThat     []int // for each word of that sentence, the first " that " word from it on (see thatFrom)
	capMidIndex map[byte][]string
	roleToks    map[string][]text.Token // the tokens of entity roles (see roleTokens)
	entByName   map[string]int
}

func newExtractor(articles []*article.Article, docs []*segment.Document) *extractor {
	x := &extractor{articles: articles, lower: make(map[string]bool), capMid: make(map[string]bool), byKey: make(map[string]int), gaz: theGazetteer()}
	x.sents = make([][]sentenceWords, len(articles))
	for ai, a := range articles {
		for si, s := range docs[ai].Sentences {
			sw := sentenceWords{sen: s, words: sentenceWordsOf(a.Body, s, docs[ai].Tokens[si])}
			for i, w := range sw.words {
				if w.number {
					continue
				}
				if !w.cap {
					x.lower[w.key] = true
				} else if i > 0 && !w.first && (s.Role == segment.RoleBody) {
					x.capMid[w.key] = true
				}
			}
			x.sents[ai] = append(x.sents[ai], sw)
		}
	}
	return x
}

// sentenceWordsOf makes the words of a segment, with offsets into body,
// from its tokens.
func sentenceWordsOf(body string, s segment.Sentence, toks []text.Token) []nword {
	words := make([]nword, 0, len(toks))
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		start, end := t.Start, t.End
		key := t.Text
		for i+1 < len(toks) && text.IsHyphenGap(s.Text[end:toks[i+1].Start]) && toks[i+1].Kind == text.TokenWord && t.Kind == text.TokenWord {
			i++
			end = toks[i].End
			key += " " + toks[i].Text
		}
		word := s.Text[start:end]
		r, _ := utf8.DecodeRuneInString(word)
		w := nword{start: s.Start + start, end: s.Start + end, text: word, key: key, number: t.Kind == text.TokenNumber}
		w.cap = unicode.IsUpper(r)
		if !w.cap && nameParticles[firstPart(key)] && strings.Contains(word, "-") { // "al-Assad"
			w.cap = hasUpperPart(word)
		}
		if w.cap && strings.Contains(key, " ") && !hasUpperPart(word) && !nameParticles[firstPart(key)] {
			w.cap = false // "US-based", "Russian-backed": an adjective
		}
		if w.cap && isContraction(key) {
			w.cap = false // "I've", "We'll"
		}
		w.upper = text.IsAllUpper(word)
		w.first = len(words) == 0 || onlyOpening(s.Text[:start]) || opensClause(s.Text[words[len(words)-1].end-s.Start:start])
		words = append(words, w)
	}
	return words
}

// isContraction reports whether a folded word is a contraction: "i've",
// "we'll", "don't".
func isContraction(key string) bool {
	for _, suf := range []string{"'ve", "'ll", "'re", "'d", "'m", "n't"} {
		if strings.HasSuffix(key, suf) {
			return true
		}
	}
	return false
}

func firstPart(key string) string {
	if i := strings.IndexByte(key, ' '); i >= 0 {
		return key[:i]
	}
	return key
}

func lastPart(key string) string { return key[strings.LastIndexByte(key, ' ')+1:] }

// hasUpperPart reports whether a part of a hyphenated word after the first
// is capitalised.
func hasUpperPart(text string) bool {
	parts := strings.FieldsFunc(text, func(r rune) bool { return r == '-' || r == '\u2010' || r == '\u2011' })
	for _, p := range parts[1:] {
		if r, _ := utf8.DecodeRuneInString(p); unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// onlyOpening reports whether s is only white space and opening punctuation:
// the word after it opens the sentence.
func onlyOpening(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) && !segment.IsOpening(r) && !segment.IsQuote(r) && !segment.IsDash(r) {
			return false
		}
	}
	return true
}

// opensClause reports whether the text between two words ends a clause
// after which a word is capitalised as a new start: "; Editing by".
func opensClause(gap string) bool {
	g := strings.TrimSpace(gap)
	return g == ";" || g == ":"
}

// joinable reports whether the text between two words keeps them in one
// name: white space, "&", or the dot of a title or an initial before it.
func joinable(prev nword, gap string) bool {
	g := strings.TrimSpace(gap)
	if g == "" {
		return gap != "" && strings.Count(gap, "\n") == 0
	}
	if g == "&" {
		return true
	}
	if g == "." && strings.HasSuffix(gap, " ") {
		return utf8.RuneCountInString(prev.text) == 1 && prev.cap || segment.TitleAbbreviations[prev.key] && prev.cap
	}
	return false
}

// findNames finds the candidates of every body, dateline and boilerplate
// segment.
func (x *extractor) findNames() {
	for ai := range x.sents {
		body := x.articles[ai].Body
		for si := range x.sents[ai] {
			sw := &x.sents[ai][si]
			if sw.sen.Role == segment.RoleHeadline || sw.sen.Role == segment.RoleSubheading {
				continue
			}
			ws := sw.words
			for i := 0; i < len(ws); {
				if !ws[i].cap || ws[i].number {
					i++
					continue
				}
				j := i + 1
				for j < len(ws) {
					if !joinable(ws[j-1], body[ws[j-1].end:ws[j].start]) {
						break
					}
					if ws[j].cap && !ws[j].number {
						j++
						continue
					}
					// A lower-case particle or connector between capitalised words.
					k := j
					for k < len(ws) && !ws[k].cap && (nameParticles[ws[k].key] || nameConnectors[ws[k].key]) && k-j < 2 && joinable(ws[k-1], body[ws[k-1].end:ws[k].start]) {
						k++
					}
					if k > j && k < len(ws) && ws[k].cap && !ws[k].number && joinable(ws[k-1], body[ws[k-1].end:ws[k].start]) {
						j = k
						continue
					}
					break
				}
				// "Boyne Valley Residents’ Association"
				if j < len(ws) && ws[j].cap && orgWords[ws[j].key] && strings.HasSuffix(ws[j-1].key, "s") {
					if gap := body[ws[j-1].end:ws[j].start]; gap == "’ " || gap == "' " {
						j++
					}
				}
				x.interpretRun(ai, si, i, j)
				i = j
			}
		}
	}
}

// interpretRun turns the run of capitalised words ws[i:j] of a sentence into
// candidates.
func (x *extractor) interpretRun(ai, si, i, j int) {
	ws := x.sents[ai][si].words
	if ws[i].first && x.commonOpening(x.articles[ai].Body, ws, i, j) {
		i++
		for i < j && !ws[i].cap {
			i++
		}
	}
	// Split at weekdays, months used as dates, and capitalised function
	// words ("I").
	start := i
	for k := i; k <= j; k++ {
		if k < j && !x.splitsRun(ws, k, j) {
			continue
		}
		if k > start {
			x.interpretPiece(ai, si, start, k)
		}
		start = k + 1
	}
}

// commonOpening reports whether ws[i], the first word of a sentence, is a
// common word capitalised only because it opens the sentence.
func (x *extractor) commonOpening(body string, ws []nword, i, j int) bool {
	w := ws[i]
	k := w.key
	if x.gaz.places[k] != "" || x.gaz.knownOrgs[k] != "" || personTitles[k] {
		return false
	}
	if similarity.Stopwords[k] || segment.SentenceStarters[k] || groupNouns[k] || text.DayOrMonth[k] || speakerModifiers[k] || imperatives[k] || x.lower[k] || isValueWord(k) {
		return true
	}
	if x.capMid[k] {
		return false
	}
	if (j == i+1 || nameConnectors[ws[i+1].key] && !ws[i+1].cap) && !w.upper { // a lone word: a name only when it looks like one
		for _, suf := range []string{"ly", "ing", "ed"} {
			if strings.HasSuffix(k, suf) {
				return true
			}
		}
		// Otherwise it needs something that shows a name: a verb of
		// saying ("Netanyahu said"), "administration" after it, or an
		// aside ("Kushner, who ...").
		if i+1 >= len(ws) {
			return false
		}
		next := ws[i+1].key
		if reportingVerbs[next] || personContexts[next] || strings.HasPrefix(strings.TrimSpace(body[w.end:ws[i+1].start]), ",") {
			return false
		}
		if len(k) >= 6 {
			for _, mid := range x.capMidByInitial()[k[0]] { // another spelling of a name: "Zelenskyy", "Zelensky"
				if sameNameWord(k, mid) {
					return false
				}
			}
		}
		return true // "Production will move", "Train services"
	}
	return false
}

// capMidByInitial returns the words capitalised inside sentences, by their
// first byte, sorted.
func (x *extractor) capMidByInitial() map[byte][]string {
	if x.capMidIndex == nil {
		x.capMidIndex = make(map[byte][]string)
		for w := range x.capMid {
			if len(w) >= 6 {
				x.capMidIndex[w[0]] = append(x.capMidIndex[w[0]], w)
			}
		}
		for _, ws := range x.capMidIndex {
			sort.Strings(ws)
		}
	}
	return x.capMidIndex
}

// imperatives open the calls to action around articles: "Follow WFHN",
// "Sign up".
var imperatives = text.WordSet(lexicon.Imperatives) // and interjections and adverbs: "“Yes,” she said", "Overall, 83 percent"

// isValueWord reports whether a word is a number or ordinal name.
func isValueWord(k string) bool {
	for _, part := range strings.Split(k, " ") { // "thirty four" from "Thirty-four"
		if _, ok := text.ValueWords[part]; !ok && text.OrdinalWords[part] == 0 {
			return false
		}
	}
	return true
}

// splitsRun reports whether ws[k] separates the names around it in a run
// ending at j.
func (x *extractor) splitsRun(ws []nword, k, j int) bool {
	w := ws[k]
	if !w.cap {
		return false
	}
	switch {
	case text.Weekdays[w.key]:
		return true
	case text.MonthNumbers[w.key] > 0 && len(w.key) <= 4 && k+1 < len(ws) && ws[k+1].number: // "Nov. 5", "Sept. 30"
		return true
	case text.DayOrMonth[w.key]: // a month: "in March", "May 5", but "Theresa May"
		afterName := k > 0 && ws[k-1].cap && !ws[k-1].first && !personTitles[ws[k-1].key]
		return !afterName || k+1 < len(ws) && ws[k+1].number
	case w.key == "i" || similarity.Stopwords[w.key] && !nameConnectors[w.key]:
		return w.key != "the" || ws[k].first
	}
	return false
}

// interpretPiece makes candidates of ws[i:j]: it finds titles and splits
// off what goes before them.
func (x *extractor) interpretPiece(ai, si, i, j int) {
	ws := x.sents[ai][si].words
	for i < j && !ws[i].cap {
		i++
	}
	for j > i && !ws[j-1].cap {
		j--
	}
	if i >= j {
		return
	}
	if x.knownName(ws, i, j) {
		x.addCandidate(ai, si, i, j, "", 0)
		return
	}
	if ws[i].key == "the" && i+1 < j { // "The Associated Press", but "The Hague"
		x.interpretPiece(ai, si, i+1, j)
		return
	}
	// A title inside the run: "Russian President Vladimir Putin",
	// "White House Press Secretary Karoline Leavitt", "Health Minister
	// Mette Kragh", "Minister for Housing Colm Farrelly".
	for p := i; p < j; p++ {
		n := titleAt(ws, p, j)
		if n == 0 {
			continue
		}
		end := p + n
		for end < j && titleAt(ws, end, j) > 0 { // "Ms Justice", "Vice Admiral"
			end += titleAt(ws, end, j)
		}
		nameStart := end
		if end+1 < j && !ws[end].cap && (ws[end].key == "of" || ws[end].key == "for") {
			// A portfolio, then the name: its last two words, or one.
			rest := j - end - 1
			switch {
			case rest >= 3:
				nameStart = j - 2
			case rest == 2:
				nameStart = j - 1
			default:
				nameStart = j
			}
		}
		if nameStart >= j || !ws[nameStart].cap {
			if p+n >= j {
				// A title with no name after it: what goes before may still be one.
				if p > i && !x.portfolio(ws, i, p) {
					x.interpretPiece(ai, si, i, p)
				}
				return
			}
			continue
		}
		roleStart := i
		if p > i && !x.allDemonyms(ws, i, p) && !x.portfolio(ws, i, p) {
			x.interpretPiece(ai, si, i, p)
			if !x.knownName(ws, i, p) {
				roleStart = p
			}
		}
		role := x.articles[ai].Body[ws[roleStart].start:ws[nameStart-1].end]
		nameEnd := nameStart
		for nameEnd < j && ws[nameEnd].cap {
			nameEnd++
		}
		if allOrgWords(keysOf(ws, nameStart, nameEnd)) && nameStart == end {
			// "the Justice Department", "the Defense Ministry": an
			// organisation named by its field.
			x.addCandidate(ai, si, p, nameEnd, "", 0)
			if nameEnd < j {
				x.interpretPiece(ai, si, nameEnd, j)
			}
			return
		}
		x.addCandidate(ai, si, nameStart, nameEnd, role, 2)
		if nameEnd < j { // "Sen. Elizabeth Warren of Massachusetts"
			x.interpretPiece(ai, si, nameEnd, j)
		}
		return
	}
	// Organisation names keep their "of": "Bank of England"; a name
	// that does not open with an organisation word is split at it:
	// "Aoife Brennan of the Boyne Valley Residents' Association".
	if orgWords[ws[j-1].key] && !hasConnector(ws, i, j) || orgHeads[ws[i].key] || placeHeads[ws[i].key] ||
		orgWords[ws[i].key] && i+1 < j && !ws[i+1].cap { // "Journal of the American Medical Association"
		x.addCandidate(ai, si, i, j, x.lowerRole(ai, si, i), 0)
		return
	}
	for p := i + 1; p < j-1; p++ {
		if !ws[p].cap && nameConnectors[ws[p].key] {
			x.interpretPiece(ai, si, i, p)
			x.interpretPiece(ai, si, p+1, j)
			return
		}
	}
	for i < j && x.isDemonym(ws[i]) { // "Russian forces" names no one
		i++
	}
	demonymAfter := false
	for j > i && x.isDemonym(ws[j-1]) { // nor does "Senior Ukrainian officials"
		j--
		demonymAfter = true
	}
	if i >= j || demonymAfter && j == i+1 && compassWords[ws[i].key] { // "North African"
		return
	}
	role, votes := x.lowerRole(ai, si, i), 0
	if role != "" {
		votes = 2
	}
	x.addCandidate(ai, si, i, j, role, votes)
}

// hasConnector reports whether ws[i:j] has a lower-case connector.
func hasConnector(ws []nword, i, j int) bool {
	for k := i; k < j; k++ {
		if !ws[k].cap && nameConnectors[ws[k].key] {
			return true
		}
	}
	return false
}

// knownName reports whether ws[i:j] is a known place or organisation.
func (x *extractor) knownName(ws []nword, i, j int) bool {
	k := joinKeys(ws, i, j)
	return x.gaz.places[k] != "" || x.gaz.knownOrgs[k] != ""
}

// portfolio reports whether ws[i:j], before a title, is a minister's or
// officer's field ("Health Minister", "Foreign Secretary") rather than a
// name of its own.
func (x *extractor) portfolio(ws []nword, i, j int) bool {
	for k := i; k < j; k++ {
		if !portfolios[ws[k].key] && !speakerModifiers[ws[k].key] && !nameConnectors[ws[k].key] {
			return false
		}
	}
	return true
}

// allDemonyms reports whether every word of ws[i:j] is a demonym or group
// adjective.
func (x *extractor) allDemonyms(ws []nword, i, j int) bool {
	for k := i; k < j; k++ {
		if !x.isDemonym(ws[k]) {
			return false
		}
	}
	return true
}

// compassWords open regional demonyms: "North African".
var compassWords = text.WordSet(lexicon.CompassWords)

// isDemonym reports whether w is a demonym or group adjective, or a
// hyphenated compound of them ("Russian-American").
func (x *extractor) isDemonym(w nword) bool {
	if x.gaz.demonyms[w.key] != "" || groupAdjectives[w.key] || x.gaz.derivedDemonym(w.key) != "" {
		return true
	}
	if first, rest, ok := strings.Cut(w.key, " "); ok && compassWords[first] && (x.gaz.demonyms[rest] != "" || x.gaz.derivedDemonym(rest) != "") {
		return true // "North African", "South-East Asian"
	}
	for _, p := range strings.Split(w.key, " ") {
		if x.gaz.demonyms[p] == "" && !groupAdjectives[p] && p != "pro" && p != "anti" {
			return false
		}
	}
	return strings.Contains(w.key, " ")
}

// titleAt returns the number of words of the longest title at ws[p], at
// most up to j; 0 when there is none.
func titleAt(ws []nword, p, j int) int {
	for n := min(4, j-p); n > 0; n-- {
		if personTitles[joinKeys(ws, p, p+n)] {
			return n
		}
	}
	return 0
}

// lowerRole returns the title written in lower case right before ws[i]
// ("special envoy", "White House press secretary", "Kremlin
// spokesperson"), or "".
func (x *extractor) lowerRole(ai, si, i int) string {
	ws := x.sents[ai][si].words
	body := x.articles[ai].Body
	for n := min(4, i); n > 0; n-- {
		p := i - n
		ok := true
		for k := p; k < i; k++ {
			if ws[k].cap || ws[k].number || !joinable(ws[k], body[ws[k].end:nextStart(ws, k, body)]) {
				ok = false
				break
			}
		}
		if !ok || !personTitles[joinKeys(ws, p, i)] {
			continue
		}
		start := p
		for k := p - 1; k >= 0 && p-k <= 3 && ws[k].cap && joinable(ws[k], body[ws[k].end:ws[k+1].start]); k-- {
			start = k
		}
		if start < p && ws[start].first && x.commonOpening(body, ws, start, p) {
			start++
		}
		return body[ws[start].start:ws[i-1].end]
	}
	return ""
}

func nextStart(ws []nword, k int, body string) int {
	if k+1 < len(ws) {
		return ws[k+1].start
	}
	return len(body)
}

// joinKeys returns the key of ws[i:j].
func joinKeys(ws []nword, i, j int) string {
	if j-i == 1 {
		return ws[i].key
	}
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i {
			b.WriteByte(' ')
		}
		b.WriteString(ws[k].key)
	}
	return b.String()
}

// nameKey returns the key under which a name is compared: its tokens folded
// and joined by spaces.
func nameKey(s string) string {
	toks := text.Tokenize(s)
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = t.Text
	}
	return strings.Join(parts, " ")
}

// addCandidate records ws[i:j] as a mention.
func (x *extractor) addCandidate(ai, si, i, j int, role string, personVotes int) {
	ws := x.sents[ai][si].words
	body := x.articles[ai].Body
	c := nameCand{art: ai, sen: si, start: ws[i].start, end: ws[j-1].end, firstWord: i, words: j - i, role: role, person: personVotes}
	c.text = body[c.start:c.end]
	c.key = joinKeys(ws, i, j)
	last, firstKey := ws[j-1].key, ws[i].key
	switch {
	case x.gaz.knownOrgs[c.key] != "":
		c.typ, c.known, c.canonical = Org, true, x.gaz.knownOrgs[c.key]
	case x.gaz.places[c.key] != "" && personVotes == 0:
		c.typ, c.known, c.canonical = Place, true, x.gaz.places[c.key]
	case stateAbbreviations[c.key] != "" && (x.sents[ai][si].sen.Role == segment.RoleDateline || i > 0 && strings.TrimSpace(body[ws[i-1].end:ws[i].start]) == "," && ws[i-1].cap):
		c.typ, c.known, c.canonical = Place, true, stateAbbreviations[c.key] // "PORT ALDER, Wash. —"
	case personVotes > 0:
		c.typ = Person
	case eventHeads[firstKey] && j-i > 1 || eventWords[last] && j-i > 1:
		c.typ, c.known = Other, true // "Hurricane Milton", "Paris Agreement"
	case orgWords[last] || orgHeads[firstKey] && j-i > 1:
		c.typ, c.org = Org, 2
	case placeWords[last] && j-i > 1 || placeHeads[firstKey] && j-i > 1:
		c.typ, c.place = Place, 2
	case j-i == 1 && utf8.RuneCountInString(ws[i].text) == 1:
		return // a letter on its own: "IPR.L", "'L' Pod"
	case j-i == 1 && ws[i].upper && segment.Continuations[c.key]:
		return // a time zone: "GMT", "ET"
	case j-i == 1 && givenNames[c.key] && !x.lower[c.key]:
		c.person++ // "Michael's blood"
	case j-i == 1 && ws[i].upper:
		if utf8.RuneCountInString(ws[i].text) > 6 && !strings.Contains(ws[i].text, ".") {
			return // a shouted word, not an acronym
		}
		c.typ, c.org = Org, 1
	}
	if c.canonical != "" {
		c.key = nameKey(c.canonical)
	}
	c.subject = x.atClauseStart(ai, si, i, role)
	x.contextVotes(ai, si, i, j, &c)
	if c.key == "" {
		return
	}
	x.cands = append(x.cands, c)
}

// clauseWords open a clause: the name after one of them may be its subject.
var clauseWords = text.WordSet(lexicon.ClauseWords)

// atClauseStart reports whether the name at ws[i], after its role, opens
// a clause.
func (x *extractor) atClauseStart(ai, si, i int, role string) bool {
	ws := x.sents[ai][si].words
	body := x.articles[ai].Body
	k := i
	if role != "" {
		for k > 0 && ws[k-1].end > ws[i].start-len(role)-1 {
			k--
		}
	}
	if k == 0 {
		return true
	}
	gap := body[ws[k-1].end:ws[k].start]
	return strings.TrimSpace(gap) != "" || clauseWords[ws[k-1].key]
}

// keysOf returns the keys of ws[i:j].
func keysOf(ws []nword, i, j int) []string {
	keys := make([]string, 0, j-i)
	for k := i; k < j; k++ {
		keys = append(keys, ws[k].key)
	}
	return keys
}

// allOrgWords reports whether every word is an organisation word or a
// connector: what "Kessler" leaves out of "Kessler Automotive Group".
func allOrgWords(words []string) bool {
	for _, w := range words {
		if !orgWords[w] && !nameConnectors[w] {
			return false
		}
	}
	return true
}

// findHeadingMentions finds, in headlines and sub-headings, the names
// already found elsewhere and the known places and organisations.
func (x *extractor) findHeadingMentions() {
	// The surnames of people, when only one person has it.
	surnames := make(map[string]int)
	for gi := range x.groups {
		g := &x.groups[gi]
		if g.known || g.typ != Person || len(g.keyWords) < 2 {
			continue
		}
		last := g.keyWords[len(g.keyWords)-1]
		if prev, ok := surnames[last]; ok && (prev < 0 || x.root(prev) != x.root(gi)) {
			surnames[last] = -1
		} else if !ok {
			surnames[last] = gi
		}
	}
	for k, gi := range surnames {
		if gi < 0 {
			delete(surnames, k)
		}
	}
	for ai := range x.sents {
		for si := range x.sents[ai] {
			sw := &x.sents[ai][si]
			if sw.sen.Role != segment.RoleHeadline && sw.sen.Role != segment.RoleSubheading {
				continue
			}
			ws := sw.words
			for i := 0; i < len(ws); i++ {
				if !ws[i].cap {
					continue
				}
				for n := min(x.gaz.maxWords+1, len(ws)-i); n > 0; n-- {
					k := joinKeys(ws, i, i+n)
					gi, ok := x.byKey[k]
					if !ok {
						gi, ok = surnames[k]
					}
					if !ok && x.gaz.places[k] == "" && x.gaz.knownOrgs[k] == "" {
						continue
					}
					ci := len(x.cands)
					x.addCandidate(ai, si, i, i+n, "", 0)
					if len(x.cands) > ci {
						if ok {
							x.cands[ci].group = gi
							x.groups[gi].cands = append(x.groups[gi].cands, ci)
						} else {
							x.addToGroup(ci)
						}
					}
					i += n - 1
					break
				}
			}
		}
	}
}

// build fills an Analysis with the entities.
func (x *extractor) build(an *Analysis) {
	for i, a := range x.articles {
		an.order[a.ID] = i
	}
	// Members of each entity.
	members := make(map[int][]int) // root group to groups
	var roots []int
	for gi := range x.groups {
		r := x.root(gi)
		if _, ok := members[r]; !ok {
			roots = append(roots, r)
		}
		members[r] = append(members[r], gi)
	}
	type built struct {
		e     Entity
		first [3]int // article, offset, candidate: for ordering
		idx   int    // position before sorting
	}
	var ents []built
	x.candEnt = make([]int, len(x.cands))
	for _, r := range roots {
		gs := members[r]
		// The canonical group: a known one, else the most words, else the first seen.
		best := gs[0]
		anyPerson := false
		for _, gi := range gs {
			g, b := &x.groups[gi], &x.groups[best]
			if g.known && !b.known || g.known == b.known && len(g.keyWords) > len(b.keyWords) {
				best = gi
			}
			anyPerson = anyPerson || g.typ == Person
		}
		typ := x.groups[best].typ
		if typ == Other && anyPerson && !x.groups[best].known {
			typ = Person
		}
		var cands []int
		for _, gi := range gs {
			cands = append(cands, x.groups[gi].cands...)
		}
		sort.Slice(cands, func(i, j int) bool { return x.candBefore(cands[i], cands[j]) })
		e := Entity{Name: x.groups[best].text, Type: typ}
		if !x.groups[best].known {
			// The first spelling of the canonical key with the most
			// letters outside ASCII: "Micheál" before "Micheal".
			most := -1
			for _, ci := range cands {
				if c := x.cands[ci]; c.group == best && c.key == x.groups[best].key {
					n := 2 * nonASCII(c.text)
					if !text.IsAllUpper(c.text) || len(c.text) <= 5 {
						n++ // "Harlan Springs" before the dateline's "HARLAN SPRINGS"
					}
					if n > most {
						e.Name, most = c.text, n
					}
				}
			}
		}
		for _, ci := range cands {
			c := x.cands[ci]
			a := x.articles[c.art]
			if c.text != e.Name && !slices.Contains(e.Aliases, c.text) {
				e.Aliases = append(e.Aliases, c.text)
			}
			if c.role != "" && !slices.Contains(e.Roles, c.role) {
				e.Roles = append(e.Roles, c.role)
			}
			if !slices.Contains(e.Articles, a.ID) {
				e.Articles = append(e.Articles, a.ID)
			}
			e.Mentions = append(e.Mentions, Mention{Entity: e.Name, Article: a.ID, Sentence: x.sents[c.art][c.sen].sen.Index, Start: c.start, End: c.end, Text: c.text})
		}
		if e.Aliases == nil {
			e.Aliases = []string{}
		}
		c0 := x.cands[cands[0]]
		for _, ci := range cands {
			x.candEnt[ci] = len(ents)
		}
		ents = append(ents, built{e: e, first: [3]int{c0.art, c0.start, cands[0]}, idx: len(ents)})
	}
	sort.Slice(ents, func(i, j int) bool {
		a, b := ents[i].first, ents[j].first
		for k := range a {
			if a[k] != b[k] {
				return a[k] < b[k]
			}
		}
		return false
	})
	an.Entities = make([]Entity, len(ents))
	newIndex := make([]int, len(ents))
	for i, b := range ents {
		an.Entities[i] = b.e
		an.mentions = append(an.mentions, b.e.Mentions...)
		newIndex[b.idx] = i
	}
	for ci := range x.candEnt {
		x.candEnt[ci] = newIndex[x.candEnt[ci]]
	}
	sort.SliceStable(an.mentions, func(i, j int) bool {
		a, b := an.mentions[i], an.mentions[j]
		if pa, pb := an.order[a.Article], an.order[b.Article]; pa != pb {
			return pa < pb
		}
		return a.Start < b.Start
	})
}

func nonASCII(s string) int {
	n := 0
	for _, r := range s {
		if r >= utf8.RuneSelf && unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// candBefore orders candidates by article and offset.
func (x *extractor) candBefore(i, j int) bool {
	a, b := x.cands[i], x.cands[j]
	if a.art != b.art {
		return a.art < b.art
	}
	return a.start < b.start
}
