package similarity

import (
	"cmp"
	"math"
	"slices"

	"github.com/newsmerge/newsmerge/article"
	"github.com/newsmerge/newsmerge/internal/enum"
	"github.com/newsmerge/newsmerge/segment"
)

// A Link says how two sentences relate, as Scorer.Link decides it.
type Link uint8

const (
	// LinkNone: the sentences make different statements.
	LinkNone Link = iota
	// LinkSame: the sentences make the same statement (Score.Value at or
	// above the threshold).
	LinkSame
	// LinkConflict: the same statement with a contradicting detail, such
	// as another figure, a negation or two names trading places.
	LinkConflict
	// LinkCovers: the first sentence says everything the second says, and
	// more ("Witkoff will meet Putin, and Kushner will join the talks"
	// covers "Kushner will join the talks").
	LinkCovers
	// LinkCoveredBy: the second sentence covers the first.
	LinkCoveredBy
)

var linkNames = [...]string{"none", "same", "conflict", "covers", "covered-by"}

// String returns the link's name: "none", "same", "conflict", "covers" or
// "covered-by".
func (l Link) String() string { return enum.Name(linkNames[:], int(l), "Link") }

// MarshalText encodes the link as its name.
func (l Link) MarshalText() ([]byte, error) { return []byte(l.String()), nil }

// UnmarshalText decodes a link from its name; a nil *Link gives an error
// wrapping ErrNil.
func (l *Link) UnmarshalText(b []byte) error {
	return enum.Unmarshal(l, linkNames[:], b, "link")
}

// Thresholds of Scorer.Link for one sentence covering another.
const (
	// MinCovered is the least share of the shorter sentence's weighted
	// words that must be found in the longer one for the longer to cover
	// it.
	MinCovered = 0.8
	// MinCoveredWords is the least number of content words (words that
	// are not function words) the shorter sentence must have to be
	// covered: "Putin said." is inside many sentences and says little.
	MinCoveredWords = 4
)

// Link compares two prepared sentences and says how they relate.
//
// Sentences whose Score.Value reaches the Scorer's threshold are the same
// statement. Sentences whose Score.Core reaches it differ in a detail, and
// Link tells a disagreement from two statements by what differs:
//   - two names trading places ("the governor blamed the mayor", "the mayor
//     blamed the governor") are two statements, since both can be true;
//     this needs the same names on both sides: where one sentence names
//     more, names moving is taken for rewording;
//   - other figures for other names ("11 dead in Chivay", "four dead in
//     Cabanaconde") are two statements;
//   - another figure, or a negation, with the same names is one statement
//     told two ways: LinkConflict;
//   - anything else is one statement: LinkSame.
//
// Two sentences of very different lengths rarely reach the threshold even
// when one says all the other does, so Link also looks at the shorter one
// alone: when at least MinCovered of its weighted words are in the longer
// one and it has MinCoveredWords content words or more, the longer covers
// it, with the same rules for details that differ.
//
// A nil a or b compares as a sentence without words (see Compare): LinkNone.
func (s *Scorer) Link(a, b *Prepared) (Link, Score) {
	sc := s.Compare(a, b)
	return s.link(a.orEmpty(), b.orEmpty(), sc.Brief()), sc
}

// Relate is Link with a Brief instead of a Score: the same link, the same
// probabilities and agreements, without the list of signals, so that it
// allocates nothing. Merge and the Index compare many sentences with it.
func (s *Scorer) Relate(a, b *Prepared) (Link, Brief) {
	var values signalValues
	br := s.measure(a, b, &values)
	return s.link(a.orEmpty(), b.orEmpty(), br), br
}

// link returns the Link of a and b by the rules of Link, given their Brief.
func (s *Scorer) link(a, b *Prepared, br Brief) Link {
	thr := s.threshold()
	switch {
	case br.Value >= thr:
		return LinkSame
	case br.Core >= thr:
		return br.DetailLink(LinkSame)
	}
	short, link := b, LinkCovers
	if a.weightSum < b.weightSum {
		short, link = a, LinkCoveredBy
	}
	if br.Containment < MinCovered || short.ContentWords() < MinCoveredWords {
		return LinkNone
	}
	return br.DetailLink(link)
}

// DetailLink returns link when the details of two alike sentences agree,
// LinkConflict when they tell one statement two ways, and LinkNone when
// they are two statements (see Link).
func DetailLink(sc Score, link Link) Link { return sc.Brief().DetailLink(link) }

// DetailLink is the package's DetailLink for a Brief.
func (sc Brief) DetailLink(link Link) Link {
	switch {
	case sc.Roles < 1 && sc.Entities == Agree:
		return LinkNone
	case sc.Numbers == Differ && sc.Entities == Differ:
		return LinkNone
	case sc.Numbers == Differ || sc.Negation == Differ:
		return LinkConflict
	}
	return link
}

// ContentWords returns the number of words of p that are not function
// words.
func (p *Prepared) ContentWords() int {
	n := 0
	for _, t := range p.toks {
		if !t.stop {
			n++
		}
	}
	return n
}

// A PreparedArticle is an article made ready for CompareArticles: its body
// sentences, each prepared once.
type PreparedArticle struct {
	// Article is the article as given to PrepareArticle.
	Article *article.Article
	// Sentences are the article's body sentences (RoleBody segments of
	// Split): headlines, datelines, sub-headings and boilerplate are not
	// compared.
	Sentences []segment.Sentence

	prepared []*Prepared
	weight   float64 // sum of the sentences' weights
}

// PrepareArticle splits an article and prepares its body sentences with the
// Scorer's Weights. For comparisons across a collection, fill the Scorer's
// Weights from the collection first, so that words common in it count for
// little. An article without body sentences compares as unlike anything,
// and so does a nil article: its PreparedArticle has a nil Article and no
// Sentences.
func (s *Scorer) PrepareArticle(a *article.Article) *PreparedArticle {
	return s.PrepareDocument(segment.Read(a))
}

// PrepareDocument is PrepareArticle for an article already read: it
// prepares the body sentences of d from their tokens.
func (s *Scorer) PrepareDocument(d *segment.Document) *PreparedArticle {
	pa := &PreparedArticle{Article: d.Article}
	for i, sen := range d.Sentences {
		if sen.Role != segment.RoleBody {
			continue
		}
		p := s.PrepareTokens(sen.Text, d.Tokens[i])
		pa.Sentences = append(pa.Sentences, sen)
		pa.prepared = append(pa.prepared, p)
		pa.weight += p.weightSum
	}
	return pa
}

// A SentenceMatch is one pair of sentences that CompareArticles found to
// say the same thing, or one inside the other.
type SentenceMatch struct {
	// A and B are indexes into the Sentences of the two articles.
	A int `json:"a"`
	B int `json:"b"`
	// Link says how sentence A relates to sentence B.
	Link Link `json:"link"`
	// Score is the similarity of the two sentences.
	Score Score `json:"score"`
}

// An ArticleScore says how much of two articles is the same.
type ArticleScore struct {
	// AInB is the share of A's body, weighted by the words of each
	// sentence, that B also says: sentences with a LinkSame or
	// LinkConflict partner in B, covered by a sentence of B, or covering
	// sentences of B that together make up at least MinCovered of them.
	AInB float64 `json:"a_in_b"`
	// BInA is the same share of B's body said in A.
	BInA float64 `json:"b_in_a"`
	// Value is the larger of AInB and BInA: how much of the shorter
	// telling the other one holds. Near 1 for a copy or a trimmed copy,
	// well above 0 for a rewrite of the same story, near 0 for another
	// story.
	Value float64 `json:"value"`
	// Matches are the linked sentence pairs, ordered by A then B.
	Matches []SentenceMatch `json:"matches"`
}

// CompareArticles aligns the body sentences of two prepared articles and
// reports how much of each the other says. Each sentence of a is scored
// only against the few sentences of b that share the most weight of content
// words with it. Both articles must be prepared by Scorers with the same
// Weights. CompareArticles is safe for concurrent use. A nil a or b compares
// as an article without body sentences: a zero ArticleScore.
func (s *Scorer) CompareArticles(a, b *PreparedArticle) ArticleScore {
	var as ArticleScore
	if a == nil || b == nil {
		return as
	}
	idx := NewCandidateIndex()
	for j, pb := range b.prepared {
		idx.Add(j, pb)
	}
	// For each sentence, the weight of the other article's sentences it
	// covers, and whether it is said there.
	coveredA := make([]float64, len(a.prepared))
	coveredB := make([]float64, len(b.prepared))
	saidA := make([]bool, len(a.prepared))
	saidB := make([]bool, len(b.prepared))
	for i, pa := range a.prepared {
		for _, j := range idx.Candidates(pa, nil) {
			pb := b.prepared[j]
			link, _ := s.Relate(pa, pb)
			switch link {
			case LinkNone:
				continue
			case LinkSame, LinkConflict:
				saidA[i], saidB[j] = true, true
			case LinkCovers:
				saidB[j] = true
				coveredA[i] += pb.weightSum
			case LinkCoveredBy:
				saidA[i] = true
				coveredB[j] += pa.weightSum
			}
			as.Matches = append(as.Matches, SentenceMatch{A: i, B: j, Link: link, Score: s.Compare(pa, pb)})
		}
	}
	as.AInB = saidShare(a.prepared, saidA, coveredA, a.weight)
	as.BInA = saidShare(b.prepared, saidB, coveredB, b.weight)
	as.Value = math.Max(as.AInB, as.BInA)
	return as
}

// saidShare returns the weighted share of sentences said in the other
// article: marked said, or covering at least MinCovered of their own weight
// in the other article's sentences.
func saidShare(ps []*Prepared, said []bool, covered []float64, total float64) float64 {
	if total == 0 {
		return 0
	}
	w := 0.0
	for i, p := range ps {
		if said[i] || covered[i] >= MinCovered*p.weightSum {
			w += p.weightSum
		}
	}
	return math.Min(1, w/total)
}

// A CandidateIndex finds, for a sentence, the items (sentences, or groups of
// them) that share the most weight of content words with it, so that only
// those are scored: a blocking index that keeps comparisons linear in the
// number of sentences. Items are any ints; small non-negative ones (the
// indexes a caller usually files) are scored fastest.
type CandidateIndex struct {
	postings map[string][]int // content key -> items, ascending, distinct
	// Scratch for Candidates: the weight each item shares, by item below
	// denseItems and in far beyond, and the items found.
	score   []float64
	found   []bool
	far     map[int]float64
	touched []int
}

// maxKeyItems is the number of items past which a word is too common to
// find candidates by: it stops being indexed and looked up.
const maxKeyItems = 64

// maxCandidates is how many items a sentence is compared with at most.
const maxCandidates = 8

// denseItems bounds the items a CandidateIndex scores in slices: beyond
// it, or below zero, an item is scored in a map.
const denseItems = 1 << 20

// NewCandidateIndex returns an empty CandidateIndex.
func NewCandidateIndex() *CandidateIndex {
	return &CandidateIndex{postings: make(map[string][]int)}
}

// Add files item g under the content keys of p. Items must be added in
// ascending order, an item's sentences one after the other.
func (idx *CandidateIndex) Add(g int, p *Prepared) {
	for _, k := range p.contentKeys() {
		list := idx.postings[k]
		if n := len(list); n > maxKeyItems || (n > 0 && list[n-1] == g) {
			continue
		}
		idx.postings[k] = append(list, g)
	}
}

// Candidates returns the items that share the most weight of indexed
// content words with p, at most maxCandidates of them, in ascending order.
// A non-nil root maps an item to the one it now belongs to. Candidates is
// not safe for concurrent use.
func (idx *CandidateIndex) Candidates(p *Prepared, root func(int) int) []int {
	for _, k := range p.weightedKeys() {
		list := idx.postings[k.key]
		if len(list) > maxKeyItems {
			continue
		}
		for _, g := range list {
			if root != nil {
				g = root(g)
			}
			idx.credit(g, k.weight)
		}
	}
	out := slices.Clone(idx.touched)
	slices.SortFunc(out, func(a, b int) int {
		if sa, sb := idx.scoreOf(a), idx.scoreOf(b); sa != sb {
			return cmp.Compare(sb, sa)
		}
		return cmp.Compare(a, b)
	})
	for _, g := range idx.touched {
		if g >= 0 && g < denseItems {
			idx.score[g], idx.found[g] = 0, false
		}
	}
	clear(idx.far)
	idx.touched = idx.touched[:0]
	if len(out) > maxCandidates {
		out = out[:maxCandidates]
	}
	slices.Sort(out)
	return out
}

// credit adds weight w to item g's share.
func (idx *CandidateIndex) credit(g int, w float64) {
	if g < 0 || g >= denseItems {
		if idx.far == nil {
			idx.far = make(map[int]float64)
		}
		if _, ok := idx.far[g]; !ok {
			idx.touched = append(idx.touched, g)
		}
		idx.far[g] += w
		return
	}
	if n := g + 1 - len(idx.score); n > 0 {
		idx.score = append(idx.score, make([]float64, n)...)
		idx.found = append(idx.found, make([]bool, n)...)
	}
	if !idx.found[g] {
		idx.found[g] = true
		idx.touched = append(idx.touched, g)
	}
	idx.score[g] += w
}

// scoreOf returns the share credited to item g.
func (idx *CandidateIndex) scoreOf(g int) float64 {
	if g < 0 || g >= denseItems {
		return idx.far[g]
	}
	return idx.score[g]
}

// contentKeys returns the distinct keys of p's words that are not function
// words, in key order.
func (p *Prepared) contentKeys() []string {
	var keys []string
	for _, k := range p.weightedKeys() {
		keys = append(keys, k.key)
	}
	return keys
}

// A weightedKey is a content key of a sentence with its weight.
type weightedKey struct {
	key    string
	weight float64
}

// weightedKeys returns the distinct content keys of p with their weights,
// in key order.
func (p *Prepared) weightedKeys() []weightedKey {
	var keys []weightedKey
	for _, i := range p.byKey {
		t := &p.toks[i]
		if t.stop || (len(keys) > 0 && keys[len(keys)-1].key == t.key) {
			continue
		}
		keys = append(keys, weightedKey{t.key, t.weight})
	}
	return keys
}
