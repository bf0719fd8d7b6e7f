package merge

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/newsmerge/newsmerge/article"
	"github.com/newsmerge/newsmerge/entities"
	"github.com/newsmerge/newsmerge/internal/par"
	"github.com/newsmerge/newsmerge/segment"
	"github.com/newsmerge/newsmerge/similarity"
	"github.com/newsmerge/newsmerge/text"
)

// A Story is several articles about one event merged into one text in which
// every statement appears once and names the articles that made it.
type Story struct {
	// Title is the chosen headline (see Merge); empty when no article has
	// one.
	Title string `json:"title"`
	// TitleSource is the article the title comes from; empty with Title.
	TitleSource string `json:"title_source,omitempty"`
	// Articles are the IDs of the merged articles, in input order.
	Articles []string `json:"articles"`
	// Sentences are the story's statements in reading order.
	Sentences []StorySentence `json:"sentences"`
	// Removed are the segments of the articles that are not statements:
	// headlines, sub-headings, datelines and boilerplate, each with its
	// reason, in input order.
	Removed []Removed `json:"removed"`
	// Conflicts are the disagreements between sources, ordered by
	// sentence.
	Conflicts []Conflict `json:"conflicts"`
	// Entities are the people, organisations and places the articles
	// name, as Analyze finds them, with the articles that mention each.
	Entities []entities.Entity `json:"entities"`
}

// A StorySentence is one statement of a Story.
type StorySentence struct {
	// Text is the wording chosen for the statement: the text of
	// Sources[0].
	Text string `json:"text"`
	// Sources are every article sentence that makes the statement: the
	// chosen one first, then the others in input order. Every body
	// sentence of the input is a source of exactly one story sentence.
	Sources []Source `json:"sources"`
}

// Articles returns the IDs of the articles that made the statement, each
// once, in the order of Sources: the article of the chosen wording first,
// then the others in input order.
func (s StorySentence) Articles() []string {
	var ids []string
	for _, src := range s.Sources {
		if !slices.Contains(ids, src.Article) {
			ids = append(ids, src.Article)
		}
	}
	return ids
}

// A Source is one article's sentence behind a story sentence.
type Source struct {
	// Article is the article's ID.
	Article string `json:"article"`
	// Sentence is the sentence's Index among the article's segments
	// (see Split).
	Sentence int `json:"sentence"`
	// Paragraph is the sentence's paragraph in its article.
	Paragraph int `json:"paragraph"`
	// Start and End are byte offsets into the article's Body:
	// Text == Body[Start:End].
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Similarity is Score.Value of this sentence against the chosen one
	// (1 for the chosen one itself), rounded to three decimals so that
	// output is the same on every machine.
	Similarity float64 `json:"similarity"`
	// Link says how the sentence relates to the chosen one, as
	// Scorer.Link(chosen, this) sees it from this sentence's side:
	// LinkSame for the chosen one and its paraphrases, LinkCoveredBy when
	// the chosen sentence says all this one says and more, LinkCovers for
	// the reverse, LinkConflict when they disagree on a detail. LinkNone
	// means the two are not alike enough on their own: the sentence joined
	// the statement as the best match of another of its sentences, or
	// through its place in the two articles (see Merge).
	Link similarity.Link `json:"link"`
}

// Removed is a segment of an article that is not a statement of the story.
type Removed struct {
	Article string `json:"article"`
	// Start and End are byte offsets into the article's Body.
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Reason says why: "headline", "subheading", "dateline", or the
	// boilerplate reason Split gives ("byline", "promotion", ...).
	Reason string `json:"reason"`
}

// A Conflict is a disagreement between the sources of one story sentence.
type Conflict struct {
	// Sentence is the index of the story sentence in Story.Sentences.
	Sentence int `json:"sentence"`
	// Kind is what the sources disagree on: ConflictNumber (a figure,
	// date or time), ConflictNegation (one says a thing did not happen),
	// ConflictRoles (who did what to whom: the same names in other
	// places, such as "Arsenal beat Chelsea" and "Chelsea beat Arsenal")
	// or ConflictSpeaker (who made the statement: "Putin claimed" and
	// "Russian officials claimed").
	Kind string `json:"kind"`
	// Values are each version of the detail with the articles that give
	// it, in input order of their first article.
	Values []ConflictValue `json:"values"`
}

// Kinds of Conflict.
const (
	ConflictNumber   = "number"
	ConflictNegation = "negation"
	ConflictRoles    = "roles"
	ConflictSpeaker  = "speaker"
)

// A ConflictValue is one source's version of a disputed detail.
type ConflictValue struct {
	// Value is the detail as the sources state it: the figures of the
	// sentence that the other sources do not give ("5 p.m." against
	// "3 a.m."), "negated" or "affirmed", the sentence itself for a
	// dispute about roles, or the speakers ("Vladimir Putin", "Russian
	// officials"): an entity by its canonical name, anyone else as the
	// sentence names them.
	Value    string   `json:"value"`
	Articles []string `json:"articles"`
}

// Options adjust Merge. The zero value, or a nil *Options, means the
// defaults; a MinAlign that is negative, NaN or infinite, or a Scorer that
// fails Scorer.Validate, is an error from Merge.
type Options struct {
	// Scorer compares sentences. Nil means NewScorer(). When its Weights
	// are nil, Merge fills a copy of it with weights from the input
	// sentences, so that words every article uses count for little.
	Scorer *similarity.Scorer
	// MinAlign is the least Score containment (SignalContainment) at
	// which two sentences of two articles that are each other's best
	// match are merged although their score is below the Scorer's
	// threshold. Zero means DefaultMinAlign; a value above 1 turns the
	// rule off.
	MinAlign float64
}

// validate returns the error of Merge for options out of range.
func (o *Options) validate() error {
	if o == nil {
		return nil
	}
	switch {
	case math.IsNaN(o.MinAlign) || math.IsInf(o.MinAlign, 0):
		return fmt.Errorf("newsmerge: min align %v is not a finite number", o.MinAlign)
	case o.MinAlign < 0:
		return fmt.Errorf("newsmerge: min align %v is negative", o.MinAlign)
	}
	return o.Scorer.Validate()
}

// DefaultMinAlign is the default Options.MinAlign.
const DefaultMinAlign = 0.45

// ErrNoArticles is returned by Merge when it is given no articles.
var ErrNoArticles = errors.New("newsmerge: no articles to merge")

// Merge merges articles about one event into a Story.
//
// Every body sentence of every article (see Split) becomes a source of
// exactly one story sentence; every other segment is listed in
// Story.Removed with its reason. Nothing is dropped.
//
// Statements. Merge reads the articles in input order. Each sentence of an
// article is compared with the statements found so far in earlier articles
// (only the few statements, at most 8, that share the most weight of content
// words with it; words shared by more than 64 statements are too common to
// count) and joins one when:
//   - its score with the statement's first sentence reaches the Scorer's
//     threshold, or its Score.Core does (the same statement with another
//     detail: a conflict), or
//   - one of the two covers the other (Scorer.Link), or
//   - one quotes words that the other credits to the same speaker, in
//     quotation marks or not ("Leavitt said negotiators have “refined”
//     their proposals" and "Leavitt said those points had been refined"),
//     and their details agree or conflict as for a Core score, or
//   - the two are each other's best match between this article and the
//     statement, and the shorter one has at least MinAlign of its
//     weighted words in the longer one.
//
// Two sentences about different people never join, and neither do two
// statements whose first sentences are, unless the two quote the same words
// (then the quote is one statement credited to two speakers, a conflict):
// "Daniel Okafor will knock on doors" and "Maria Okafor will knock on doors"
// are two statements. The people a sentence is about are its speakers and
// the people it names within its first few words, where its subject
// usually stands; a sentence naming nobody there is about nobody in
// particular.
//
// A statement takes at most one sentence of each article, except sentences
// that the statement's first sentence covers, so that one long sentence of
// one outlet can hold two short ones of another, and sentences an article
// repeats word for word, which join their first copy. A sentence that covers the
// first sentences of two statements joins them. A sentence is compared with
// the first sentence of a statement and its first sentences in two more
// articles, never with every member, so statements do not grow by chains of
// sentences each a little like the last.
//
// Wording. A statement reads as the sentence with the most content words;
// ties go to the earlier article, then the earlier sentence.
//
// Order. The first article gives the order; a statement first told by a
// later article goes right after the statement that precedes it in that
// article (or before the one that follows it, when it opens the article).
//
// Conflicts. The sources of a statement disagree when a source's score
// against the chosen wording finds another number, another polarity or
// names in other roles (see Scorer.Link), or when the two credit what they
// say to different speakers, neither of which speaks for the other (see
// ConflictSpeaker).
//
// Entities. Story.Entities are those Analyze finds in all the articles,
// with only their mentions in body sentences: the reporter of a byline or
// the city of a dateline is not one of the story's people or places.
//
// Title. The headline most like the other headlines (the first
// maxTitleSample of them, with many articles); ties go to the earlier
// article.
//
// Errors. Merge returns the error of Options out of range (see Options),
// ErrNoArticles for no articles, the error of
// Article.Validate for an invalid article, an *ArticleError wrapping
// ErrEmpty for a nil article (its ID is "#" and its position), and one
// wrapping ErrDuplicateID when two articles share an ID. One article gives a story of
// its own sentences. An article left with no body sentences once its
// boilerplate is removed contributes only Removed segments; when no article
// has a body sentence the story has no sentences.
//
// Merge is deterministic and safe for concurrent use, as long as the
// Options' Scorer is not changed while in use.
func Merge(articles []*article.Article, opts *Options) (*Story, error) {
	if err := opts.validate(); err != nil {
		return nil, err
	}
	if len(articles) == 0 {
		return nil, ErrNoArticles
	}
	if err := article.ValidateAll(articles); err != nil {
		return nil, err
	}
	m := newMerger(articles, opts)
	m.cluster()
	return m.story(), nil
}

// A unit is one body sentence being merged.
type unit struct {
	art     int // index into merger.articles
	sen     segment.Sentence
	toks    []text.Token // of sen.Text, from the article's Document
	p       *similarity.Prepared
	content int // content words
	group   int // index into merger.groups
}

// A group is a statement being built: the units that make it.
type group struct {
	members []int // units, in input order
	probes  []int // the units new sentences are compared with
	merged  int   // the group this one was merged into, or -1
}

type merger struct {
	articles []*article.Article
	docs     []*segment.Document  // each article read once: segments and tokens
	segments [][]segment.Sentence // docs[i].Sentences
	scorer   *similarity.Scorer
	minAlign float64
	units    []unit
	byArt    [][]int // units of each article, in order
	groups   []group
	index    *similarity.CandidateIndex
	analysis *entities.Analysis
	voices   []voice // of each unit
}

// maxProbes is how many sentences of a statement, from distinct articles,
// a new sentence is compared with.
const maxProbes = 3

func newMerger(articles []*article.Article, opts *Options) *merger {
	m := &merger{articles: articles, minAlign: DefaultMinAlign, index: similarity.NewCandidateIndex()}
	var scorer *similarity.Scorer
	if opts != nil {
		scorer = opts.Scorer
		if opts.MinAlign > 0 {
			m.minAlign = opts.MinAlign
		}
	}
	if scorer == nil {
		scorer = similarity.NewScorer()
	}
	m.docs = segment.ReadAll(articles)
	m.segments = make([][]segment.Sentence, len(articles))
	for i, d := range m.docs {
		m.segments[i] = d.Sentences
	}
	m.byArt = make([][]int, len(articles))
	for i, segs := range m.segments {
		for k, s := range segs {
			if s.Role != segment.RoleBody {
				continue
			}
			m.byArt[i] = append(m.byArt[i], len(m.units))
			m.units = append(m.units, unit{art: i, sen: s, toks: m.docs[i].Tokens[k], group: -1})
		}
	}
	// The names and quotes are found while the sentences are prepared:
	// neither reads the other, and finding names is not split among
	// processors.
	type analysis struct {
		an    *entities.Analysis
		panic any // what AnalyzeDocuments panicked with, raised again here
	}
	analysed := make(chan analysis, 1)
	go func() {
		var res analysis
		defer func() {
			res.panic = recover()
			analysed <- res
		}()
		res.an = entities.AnalyzeDocuments(m.docs)
	}()
	// The keys of each sentence's words are found once, for the weights
	// and for the prepared sentence; each sentence on its own, on all
	// processors.
	keys := make([][]string, len(m.units))
	par.For(len(m.units), func(i int) { keys[i] = similarity.TokenKeys(m.units[i].toks) })
	if scorer.Weights == nil {
		copied := *scorer
		w := similarity.NewWeights()
		for _, k := range keys {
			w.AddKeys(k)
		}
		copied.Weights = w
		scorer = &copied
	}
	m.scorer = scorer
	par.For(len(m.units), func(i int) {
		u := &m.units[i]
		u.p = scorer.PrepareKeys(u.sen.Text, u.toks, keys[i])
		u.content = u.p.ContentWords()
	})
	res := <-analysed
	if res.panic != nil {
		panic(res.panic)
	}
	m.analysis = res.an
	m.voices = m.readVoices(m.analysis)
	return m
}

// A candidate is a possible place for a unit: a group and how the unit
// relates to the group's closest probe.
type candidate struct {
	unit, group int
	probe       int // the unit of the group it was compared with
	link        similarity.Link
	score       similarity.Brief
	strength    float64 // Core plus containment: how to rank candidates
}

// cluster assigns every unit to a group, article by article.
func (m *merger) cluster() {
	for art := range m.articles {
		repeats := m.repeats(art)
		cands := m.candidates(art, repeats)
		m.assign(art, cands)
		for _, u := range m.byArt[art] {
			if _, ok := repeats[u]; !ok && m.units[u].group < 0 {
				m.newGroup(u)
			}
		}
		for _, u := range m.byArt[art] {
			if first, ok := repeats[u]; ok {
				m.join(u, m.root(m.units[first].group))
			}
		}
	}
}

// repeats maps each unit of an article that repeats an earlier sentence of
// the same article word for word (equal once folded) to that sentence: a
// repeat is another source of the same statement.
func (m *merger) repeats(art int) map[int]int {
	out := make(map[int]int)
	first := make(map[string]int)
	for _, u := range m.byArt[art] {
		key := text.Fold(m.units[u].sen.Text)
		if f, ok := first[key]; ok {
			out[u] = f
		} else {
			first[key] = u
		}
	}
	return out
}

// candidates compares each unit of an article with the groups that share a
// content word with it, keeping for each group its best probe. The groups
// of each unit are found in turn; the comparisons, which change nothing,
// run on all processors, and the best probe of each group is then taken in
// the order of the probes, as a loop would.
func (m *merger) candidates(art int, skip map[int]int) []candidate {
	type trial struct {
		unit, group, probe int
		skip               bool // the probe is about other people
		link               similarity.Link
		score              similarity.Brief
	}
	var trials []trial
	for _, u := range m.byArt[art] {
		if _, ok := skip[u]; ok {
			continue
		}
		for _, g := range m.index.Candidates(m.units[u].p, m.root) {
			for _, probe := range m.groups[g].probes {
				trials = append(trials, trial{unit: u, group: g, probe: probe})
			}
		}
	}
	par.For(len(trials), func(i int) {
		t := &trials[i]
		if m.otherPeople(t.unit, t.probe) {
			t.skip = true
			return
		}
		t.link, t.score = m.scorer.Relate(m.units[t.unit].p, m.units[t.probe].p)
		if t.link == similarity.LinkNone && m.quotesSame(t.unit, t.probe) {
			t.link = t.score.DetailLink(similarity.LinkSame)
		}
	})
	var out []candidate
	for i := 0; i < len(trials); {
		best := candidate{unit: trials[i].unit, group: trials[i].group, strength: -1}
		for ; i < len(trials) && trials[i].unit == best.unit && trials[i].group == best.group; i++ {
			t := &trials[i]
			if t.skip {
				continue
			}
			strength := t.score.Core + t.score.Containment
			if best.strength < 0 || linkRank(t.link) > linkRank(best.link) || linkRank(t.link) == linkRank(best.link) && strength > best.strength {
				best.probe, best.link, best.score, best.strength = t.probe, t.link, t.score, strength
			}
		}
		if best.strength >= 0 {
			out = append(out, best)
		}
	}
	return out
}

// linkRank orders links by how much they say for joining: a probe that
// Link finds the same statement beats one that only scores higher.
func linkRank(l similarity.Link) int {
	switch l {
	case similarity.LinkSame, similarity.LinkConflict:
		return 2
	case similarity.LinkCoveredBy, similarity.LinkCovers:
		return 1
	}
	return 0
}

// assign places the units of one article into existing groups, by the rules
// of Merge: strong links first, then covered sentences, then sentences that
// cover, then mutual best matches.
func (m *merger) assign(art int, cands []candidate) {
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].strength > cands[j].strength })
	claimed := make(map[int]bool) // groups that already hold a unit of art
	join := func(u, g int) {
		m.join(u, g)
		claimed[g] = true
	}
	for _, c := range cands {
		if (c.link == similarity.LinkSame || c.link == similarity.LinkConflict) && m.units[c.unit].group < 0 && !claimed[m.root(c.group)] {
			join(c.unit, m.root(c.group))
		}
	}
	for _, c := range cands {
		if c.link == similarity.LinkCoveredBy && m.units[c.unit].group < 0 {
			join(c.unit, m.root(c.group))
		}
	}
	for _, c := range cands {
		if c.link != similarity.LinkCovers {
			continue
		}
		g := m.root(c.group)
		switch u := m.units[c.unit]; {
		case u.group < 0 && !claimed[g]:
			join(c.unit, g)
		case u.group >= 0 && m.root(u.group) != g && !claimed[g] && !m.otherPeople(m.groups[m.root(u.group)].members[0], m.groups[g].members[0]):
			// The sentence covers two statements: they are one.
			m.mergeGroups(m.root(u.group), g)
		}
	}
	// Mutual best matches among what is left, unless the same speaker says
	// other things in the two (see saysOther).
	bestOfUnit := make(map[int]candidate)
	bestOfGroup := make(map[int]candidate)
	for _, c := range cands {
		g := m.root(c.group)
		if m.units[c.unit].group >= 0 || claimed[g] {
			continue
		}
		if b, ok := bestOfUnit[c.unit]; !ok || c.strength > b.strength {
			bestOfUnit[c.unit] = c
		}
		if b, ok := bestOfGroup[g]; !ok || c.strength > b.strength {
			bestOfGroup[g] = c
		}
	}
	for _, u := range m.byArt[art] {
		c, ok := bestOfUnit[u]
		if !ok {
			continue
		}
		g := m.root(c.group)
		if bg := bestOfGroup[g]; bg.unit == u && !claimed[g] && c.score.Containment >= m.minAlign && c.score.DetailLink(similarity.LinkSame) != similarity.LinkNone && !m.saysOther(u, c.probe) {
			join(u, g)
		}
	}
}

func (m *merger) newGroup(u int) {
	g := len(m.groups)
	m.groups = append(m.groups, group{merged: -1})
	m.join(u, g)
}

// join adds unit u to group g.
func (m *merger) join(u, g int) {
	grp := &m.groups[g]
	grp.members = append(grp.members, u)
	m.units[u].group = g
	m.addProbe(g, u)
}

// addProbe makes unit u a probe of group g, and files it in the index, when
// g has room for one more and no probe from u's article yet.
func (m *merger) addProbe(g, u int) {
	grp := &m.groups[g]
	if len(grp.probes) < maxProbes && !m.hasArticle(grp.probes, m.units[u].art) {
		grp.probes = append(grp.probes, u)
		m.index.Add(g, m.units[u].p)
	}
}

// mergeGroups moves the members of group from into group into.
func (m *merger) mergeGroups(into, from int) {
	for _, u := range m.groups[from].members {
		m.units[u].group = into
		m.groups[into].members = append(m.groups[into].members, u)
	}
	sort.Ints(m.groups[into].members)
	for _, u := range m.groups[from].probes {
		m.addProbe(into, u)
	}
	m.groups[from].members, m.groups[from].probes = nil, nil
	m.groups[from].merged = into
}

// root follows merges to the group that holds g's members now.
func (m *merger) root(g int) int {
	for m.groups[g].merged >= 0 {
		g = m.groups[g].merged
	}
	return g
}

func (m *merger) hasArticle(units []int, art int) bool {
	for _, u := range units {
		if m.units[u].art == art {
			return true
		}
	}
	return false
}

// story builds the Story from the groups.
func (m *merger) story() *Story {
	st := &Story{Articles: make([]string, len(m.articles)), Sentences: []StorySentence{}, Removed: []Removed{}, Conflicts: []Conflict{}}
	for i, a := range m.articles {
		st.Articles[i] = a.ID
	}
	for i, segs := range m.segments {
		for _, s := range segs {
			if s.Role == segment.RoleBody {
				continue
			}
			reason := s.Reason
			if s.Role != segment.RoleBoilerplate {
				reason = s.Role.String()
			}
			st.Removed = append(st.Removed, Removed{Article: m.articles[i].ID, Start: s.Start, End: s.End, Text: s.Text, Reason: reason})
		}
	}
	st.Title, st.TitleSource = m.title()
	st.Entities = m.storyEntities()
	for i, g := range m.order() {
		ss, conflicts := m.storySentence(i, g)
		st.Sentences = append(st.Sentences, ss)
		st.Conflicts = append(st.Conflicts, conflicts...)
	}
	return st
}

// order returns the live groups in story order (see Merge).
func (m *merger) order() []int {
	o := newStoryOrder(len(m.groups))
	isPending := make([]bool, len(m.groups))
	for art := range m.articles {
		last := -1 // the group of the latest statement of art placed so far
		var pending []int
		for _, u := range m.byArt[art] {
			g := m.root(m.units[u].group)
			switch {
			case !o.placed(g) && !isPending[g]:
				if last < 0 {
					pending = append(pending, g)
					isPending[g] = true
					continue
				}
				o.insertAfter(last, g)
				last = g
			case o.placed(g):
				for _, p := range pending {
					// Sentences opening the article go before the
					// first statement it shares.
					o.insertBefore(g, p)
					isPending[p] = false
				}
				pending = nil
				if last < 0 || o.before(last, g) {
					// Never back: a statement the article returns to
					// does not pull what follows it upwards.
					last = g
				}
			}
		}
		for _, p := range pending {
			o.append(p)
			isPending[p] = false
		}
	}
	return o.list()
}

// A storyOrder is a list of groups with constant-time insertion and
// comparison of positions: a doubly linked list whose nodes carry keys that
// grow along the list, renumbered when two neighbours leave no room between
// them.
type storyOrder struct {
	next, prev []int
	key        []float64
	in         []bool
	head, tail int
}

func newStoryOrder(n int) *storyOrder {
	o := &storyOrder{next: make([]int, n), prev: make([]int, n), key: make([]float64, n), in: make([]bool, n), head: -1, tail: -1}
	return o
}

func (o *storyOrder) placed(g int) bool { return o.in[g] }

// before reports whether a comes before b; both must be placed.
func (o *storyOrder) before(a, b int) bool { return o.key[a] < o.key[b] }

func (o *storyOrder) append(g int) {
	if o.tail < 0 {
		o.link(g, -1, -1, 0)
		return
	}
	o.link(g, o.tail, -1, o.key[o.tail]+1)
}

func (o *storyOrder) insertAfter(at, g int) {
	if o.next[at] < 0 {
		o.append(g)
		return
	}
	o.between(o.next[at], g, at)
}

func (o *storyOrder) insertBefore(at, g int) {
	if o.prev[at] < 0 {
		o.link(g, -1, at, o.key[at]-1)
		return
	}
	o.between(at, g, o.prev[at])
}

// between places g between the neighbours prev and next.
func (o *storyOrder) between(next, g, prev int) {
	k := (o.key[prev] + o.key[next]) / 2
	if !(o.key[prev] < k && k < o.key[next]) {
		o.renumber()
		k = (o.key[prev] + o.key[next]) / 2
	}
	o.link(g, prev, next, k)
}

func (o *storyOrder) link(g, prev, next int, key float64) {
	o.in[g], o.key[g], o.prev[g], o.next[g] = true, key, prev, next
	if prev >= 0 {
		o.next[prev] = g
	} else {
		o.head = g
	}
	if next >= 0 {
		o.prev[next] = g
	} else {
		o.tail = g
	}
}

// renumber gives the placed groups the keys 0, 1, 2, ... in list order.
func (o *storyOrder) renumber() {
	k := 0.0
	for g := o.head; g >= 0; g = o.next[g] {
		o.key[g] = k
		k++
	}
}

func (o *storyOrder) list() []int {
	var out []int
	for g := o.head; g >= 0; g = o.next[g] {
		out = append(out, g)
	}
	return out
}

// chosen returns the member whose wording the story uses: the one with the
// most content words, the first in input order among equals.
func (m *merger) chosen(g int) int {
	sort.Ints(m.groups[g].members)
	best := -1
	for _, u := range m.groups[g].members {
		if best < 0 || m.units[u].content > m.units[best].content {
			best = u
		}
	}
	return best
}

// storySentence builds the story sentence of group g and the conflicts
// among its sources, for story sentence number index.
func (m *merger) storySentence(index, g int) (StorySentence, []Conflict) {
	c := m.chosen(g)
	cu := m.units[c]
	ss := StorySentence{Text: cu.sen.Text}
	ss.Sources = append(ss.Sources, m.source(cu, 1, similarity.LinkSame))
	disputed := make(map[string]bool)
	sort.Ints(m.groups[g].members)
	for _, u := range m.groups[g].members {
		if u == c {
			continue
		}
		link, sc := m.scorer.Relate(cu.p, m.units[u].p)
		switch link {
		case similarity.LinkCovers:
			link = similarity.LinkCoveredBy // from the member's point of view
		case similarity.LinkCoveredBy:
			link = similarity.LinkCovers
		}
		ss.Sources = append(ss.Sources, m.source(m.units[u], sc.Value, link))
		if m.units[u].art == cu.art {
			continue
		}
		disputed[ConflictNumber] = disputed[ConflictNumber] || sc.Numbers == similarity.Differ
		disputed[ConflictNegation] = disputed[ConflictNegation] || sc.Negation == similarity.Differ
		// Who did what to whom can only be disputed between sentences
		// with the same cast.
		disputed[ConflictRoles] = disputed[ConflictRoles] || (sc.Roles < 1 && sc.Entities == similarity.Agree)
		disputed[ConflictSpeaker] = disputed[ConflictSpeaker] || otherSpeakers(m.voices[c].speakers, m.voices[u].speakers)
	}
	var conflicts []Conflict
	for _, kind := range []string{ConflictNumber, ConflictNegation, ConflictRoles, ConflictSpeaker} {
		if disputed[kind] {
			if cf := m.conflict(index, g, kind); len(cf.Values) > 1 {
				conflicts = append(conflicts, cf)
			}
		}
	}
	return ss, conflicts
}

func (m *merger) source(u unit, sim float64, link similarity.Link) Source {
	return Source{Article: m.articles[u.art].ID, Sentence: u.sen.Index, Paragraph: u.sen.Paragraph, Start: u.sen.Start, End: u.sen.End, Text: u.sen.Text, Similarity: math.Round(sim*1000) / 1000, Link: link}
}

// conflict lists each member's version of a disputed detail of group g.
// For numbers, a version is the figures a member gives that not every
// member giving figures shares; a member that gives none of the disputed
// figures is left out, as it does not take sides.
func (m *merger) conflict(index, g int, kind string) Conflict {
	cf := Conflict{Sentence: index, Kind: kind}
	members := m.groups[g].members
	details := make([][]detail, len(members))
	for i, u := range members {
		details[i] = m.details(kind, u)
	}
	common := commonDetails(details)
	disputed := disputedClasses(details, common)
	var valueKeys []string // what each of cf.Values compares by
	for i, u := range members {
		var keys, texts []string
		for _, d := range details[i] {
			if !common[d.key] && disputed[d.class] {
				keys = append(keys, d.key)
				texts = append(texts, d.text)
			}
		}
		if len(keys) == 0 {
			continue
		}
		key := strings.Join(keys, "\x00")
		id := m.articles[m.units[u].art].ID
		k := -1
		for j := range cf.Values {
			if valueKeys[j] == key {
				k = j
			}
		}
		if k < 0 {
			cf.Values = append(cf.Values, ConflictValue{Value: strings.Join(texts, ", ")})
			valueKeys = append(valueKeys, key)
			k = len(cf.Values) - 1
		}
		if !slices.Contains(cf.Values[k].Articles, id) {
			cf.Values[k].Articles = append(cf.Values[k].Articles, id)
		}
	}
	return cf
}

// A detail is one item of a sentence's version of a disputed detail: its
// text as written, the key it compares by ("five" and "5" share one), and
// its class: items dispute only items of their class (a weekday does not
// dispute a count).
type detail struct{ key, text, class string }

// details returns a unit's version of a detail of the given kind.
func (m *merger) details(kind string, ui int) []detail {
	u := m.units[ui]
	switch kind {
	case ConflictNumber:
		// Values of one kind dispute each other ("5 p.m." and "3 a.m."),
		// compared by Key, so that "5 p.m." and "17:00" agree.
		var out []detail
		for _, v := range text.ValuesTokens(u.sen.Text, u.toks) {
			out = append(out, detail{v.Kind.String() + " " + v.Key(), OneLine(v.Text), v.Kind.String()})
		}
		return out
	case ConflictSpeaker:
		var out []detail
		for _, sp := range m.voices[ui].speakers {
			out = append(out, detail{sp.key, sp.text, kind})
		}
		return out
	case ConflictNegation:
		if u.p.Negated() {
			return []detail{{"negated", "negated", kind}}
		}
		return []detail{{"affirmed", "affirmed", kind}}
	}
	return []detail{{text.Fold(u.sen.Text), OneLine(u.sen.Text), kind}}
}

// disputedClasses returns the classes of detail in which at least two
// versions give items that are not common to all.
func disputedClasses(versions [][]detail, common map[string]bool) map[string]bool {
	count := make(map[string]int)
	for _, v := range versions {
		seen := make(map[string]bool)
		for _, d := range v {
			if !common[d.key] && !seen[d.class] {
				seen[d.class] = true
				count[d.class]++
			}
		}
	}
	out := make(map[string]bool)
	for class, n := range count {
		out[class] = n >= 2
	}
	return out
}

// commonDetails returns the keys that every non-empty version has.
func commonDetails(versions [][]detail) map[string]bool {
	var common map[string]bool
	for _, v := range versions {
		if len(v) == 0 {
			continue
		}
		has := make(map[string]bool, len(v))
		for _, d := range v {
			has[d.key] = true
		}
		if common == nil {
			common = has
			continue
		}
		for k := range common {
			if !has[k] {
				delete(common, k)
			}
		}
	}
	return common
}

// storyEntities returns the entities of the analysis with their mentions
// in body sentences only, and the articles of those; an entity left with
// no mention is dropped.
func (m *merger) storyEntities() []entities.Entity {
	type key struct {
		article  string
		sentence int
	}
	body := make(map[key]bool, len(m.units))
	for _, u := range m.units {
		body[key{m.articles[u.art].ID, u.sen.Index}] = true
	}
	out := []entities.Entity{}
	for _, e := range m.analysis.Entities {
		var mentions []entities.Mention
		var articles []string
		for _, mn := range e.Mentions {
			if body[key{mn.Article, mn.Sentence}] {
				mentions = append(mentions, mn)
				if !slices.Contains(articles, mn.Article) {
					articles = append(articles, mn.Article)
				}
			}
		}
		if len(mentions) == 0 {
			continue
		}
		var aliases []string
		for _, a := range e.Aliases {
			for _, mn := range mentions {
				if strings.TrimSpace(mn.Text) == a && !slices.Contains(aliases, a) {
					aliases = append(aliases, a)
				}
			}
		}
		e.Mentions, e.Articles, e.Aliases = mentions, articles, aliases
		out = append(out, e)
	}
	return out
}

// maxTitleSample is how many headlines, the first in input order, each
// headline is compared with to find the one most like the others.
const maxTitleSample = 16

// title returns the chosen headline and its article.
func (m *merger) title() (string, string) {
	type head struct {
		text, id string
		p        *similarity.Prepared
	}
	var heads []head
	for i, a := range m.articles {
		t := strings.TrimSpace(a.Title)
		for _, s := range m.segments[i] {
			if t == "" && s.Role == segment.RoleHeadline {
				t = s.Text
			}
		}
		if t != "" {
			heads = append(heads, head{t, a.ID, m.scorer.Prepare(t)})
		}
	}
	best, bestScore := -1, -1.0
	for i, h := range heads {
		total := 0.0
		for j, o := range heads[:min(len(heads), maxTitleSample)] {
			if i != j {
				_, br := m.scorer.Relate(h.p, o.p)
				total += br.Core
			}
		}
		if total > bestScore+1e-9 {
			best, bestScore = i, total
		}
	}
	if best < 0 {
		return "", ""
	}
	return heads[best].text, heads[best].id
}
