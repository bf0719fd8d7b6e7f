package dedup

import (
	"cmp"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsmerge/newsmerge/article"
	"github.com/newsmerge/newsmerge/internal/enum"
	"github.com/newsmerge/newsmerge/internal/par"
	"github.com/newsmerge/newsmerge/segment"
	"github.com/newsmerge/newsmerge/similarity"
	"github.com/newsmerge/newsmerge/text"
)

// A Relation says how an article relates to another one it was compared
// with: the same text, a lightly edited copy, or the same story in other
// words.
type Relation uint8

const (
	// Unrelated: neither a copy nor a rewrite.
	Unrelated Relation = iota
	// First: the first article of a Group, to which the others relate.
	First
	// Exact: the same text once folded (Fold of the whole body): case,
	// white space, quotes and dashes may differ, nothing else. Score 1.
	Exact
	// NearCopy: a lightly edited copy (a changed dateline, a trimmed
	// ending, a sentence inserted, a few words changed): the Jaccard
	// similarity of the two articles' word shingles reaches the
	// threshold (Options.Threshold). The score is that similarity.
	NearCopy
	// Rewrite: the same story told in other words: CompareArticles finds
	// at least Options.MinRewrite of one article said in the other,
	// in at least MinRewriteSentences sentences of each (or all of an
	// article with fewer), with at least one pair of sentences that agree
	// (LinkSame, LinkCovers, LinkCoveredBy). Sentences that only conflict
	// (LinkConflict: another figure, name or place) count toward the
	// score but never make a Rewrite alone: an article with fewer than
	// MinRewriteSentences sentences must be said through agreeing links,
	// and two one-sentence articles must link as LinkSame. The score is
	// ArticleScore.Value.
	Rewrite
)

var relationNames = [...]string{"unrelated", "first", "exact", "near-copy", "rewrite"}

// String returns the relation's name: "unrelated", "first", "exact",
// "near-copy" or "rewrite".
func (r Relation) String() string { return enum.Name(relationNames[:], int(r), "Relation") }

// MarshalText encodes the relation as its name.
func (r Relation) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// UnmarshalText decodes a relation from its name; a nil *Relation gives
// an error wrapping ErrNil.
func (r *Relation) UnmarshalText(b []byte) error {
	return enum.Unmarshal(r, relationNames[:], b, "relation")
}

// Defaults of Options.
const (
	// DefaultShingleSize is the number of consecutive words in a shingle.
	// Four words are specific enough that two unrelated news texts rarely
	// share one, and short enough that one changed word spoils only four
	// shingles.
	DefaultShingleSize = 4
	// DefaultSignatureSize is the number of MinHash values in a
	// signature (512 bytes an article). The standard error of the
	// estimated similarity is sqrt(J(1-J)/n): 0.04 at J = 0.7.
	DefaultSignatureSize = 128
	// DefaultNearCopy is the least shingle Jaccard similarity of a
	// NearCopy. Dropping one paragraph of six, inserting one, or changing
	// one word in twenty leaves a copy above it; two articles sharing
	// half their sentences fall below.
	DefaultNearCopy = 0.7
	// DefaultMinRewrite is the least ArticleScore.Value of a Rewrite:
	// a fifth of the shorter telling said in the other. Outlets telling
	// one event in their own words share less than one might think: the
	// pairs of the hand-written events of testdata/events score 0.15 to
	// 0.67 (median 0.4), while pairs from different events all score 0.
	DefaultMinRewrite = 0.2
	// MinRewriteSentences is the least number of sentences of each
	// article that must be linked to the other for a Rewrite: one
	// sentence two articles share (a quote, a background paragraph) does
	// not make them one story, however short one of them is.
	MinRewriteSentences = 2
	// DefaultMaxMiss is the largest share of pairs exactly at the
	// threshold that the LSH bands may miss (see LSHBands).
	DefaultMaxMiss = 0.01
)

// MaxSignatureSize is the largest signature size Options accepts, and
// MaxShingleSize the largest shingle size.
const (
	MaxSignatureSize = 1024
	MaxShingleSize   = 16
)

// Options adjust fingerprints, Index and GroupArticles. The zero value,
// or a nil *Options, means the defaults; a field out of range (negative,
// above its Max constant, or a float that is NaN or infinite), or a Scorer
// that fails Scorer.Validate, is an error from NewFingerprint, NewIndex and
// GroupArticles.
type Options struct {
	// ShingleSize is the number of consecutive words of a shingle
	// (DefaultShingleSize).
	ShingleSize int
	// SignatureSize is the number of MinHash values of a signature
	// (DefaultSignatureSize).
	SignatureSize int
	// Threshold is the least shingle Jaccard similarity of a NearCopy
	// (DefaultNearCopy), in (0, 1].
	Threshold float64
	// MinRewrite is the least ArticleScore.Value of a Rewrite
	// (DefaultMinRewrite). A finite value above 1 turns rewrites off: an Index
	// then keeps no article text and reports only Exact and NearCopy.
	MinRewrite float64
	// MaxMiss is the largest share of pairs exactly at Threshold the LSH
	// bands may miss (DefaultMaxMiss), in (0, 1).
	MaxMiss float64
	// Scorer compares sentences for rewrites. Nil means NewScorer();
	// GroupArticles fills a copy's Weights from the corpus when they are
	// nil.
	Scorer *similarity.Scorer
}

// dedupConfig is a Options with the defaults filled in.
type dedupConfig struct {
	shingle, sigSize int
	threshold        float64
	minRewrite       float64
	maxMiss          float64
	scorer           *similarity.Scorer
	bands, rows      int
}

func (o *Options) config() (dedupConfig, error) {
	var opts Options
	if o != nil {
		opts = *o
	}
	c := dedupConfig{shingle: DefaultShingleSize, sigSize: DefaultSignatureSize, threshold: DefaultNearCopy,
		minRewrite: DefaultMinRewrite, maxMiss: DefaultMaxMiss, scorer: opts.Scorer}
	for _, f := range []struct {
		name string
		v    float64
	}{{"threshold", opts.Threshold}, {"min rewrite", opts.MinRewrite}, {"max miss", opts.MaxMiss}} {
		if math.IsNaN(f.v) || math.IsInf(f.v, 0) {
			return c, fmt.Errorf("newsmerge: %s %v is not a finite number", f.name, f.v)
		}
	}
	switch {
	case opts.ShingleSize < 0 || opts.ShingleSize > MaxShingleSize:
		return c, fmt.Errorf("newsmerge: shingle size %d out of range [1, %d]", opts.ShingleSize, MaxShingleSize)
	case opts.SignatureSize < 0 || opts.SignatureSize > MaxSignatureSize:
		return c, fmt.Errorf("newsmerge: signature size %d out of range [1, %d]", opts.SignatureSize, MaxSignatureSize)
	case opts.Threshold < 0 || opts.Threshold > 1:
		return c, fmt.Errorf("newsmerge: threshold %v out of range (0, 1]", opts.Threshold)
	case opts.MaxMiss < 0 || opts.MaxMiss >= 1:
		return c, fmt.Errorf("newsmerge: max miss %v out of range (0, 1)", opts.MaxMiss)
	case opts.MinRewrite < 0:
		return c, fmt.Errorf("newsmerge: min rewrite %v is negative", opts.MinRewrite)
	}
	if err := opts.Scorer.Validate(); err != nil {
		return c, err
	}
	if opts.ShingleSize > 0 {
		c.shingle = opts.ShingleSize
	}
	if opts.SignatureSize > 0 {
		c.sigSize = opts.SignatureSize
	}
	if opts.Threshold > 0 {
		c.threshold = opts.Threshold
	}
	if opts.MinRewrite > 0 {
		c.minRewrite = opts.MinRewrite
	}
	if opts.MaxMiss > 0 {
		c.maxMiss = opts.MaxMiss
	}
	if c.scorer == nil {
		c.scorer = similarity.NewScorer()
	}
	c.bands, c.rows = LSHBands(c.sigSize, c.threshold, c.maxMiss)
	return c, nil
}

// rewrites reports whether the configuration looks for rewrites.
func (c *dedupConfig) rewrites() bool { return c.minRewrite <= 1 }

// A Fingerprint is what deduplication keeps of an article: a hash of its
// exact content, the set of its word shingles and their MinHash signature.
//
// The shingles are taken from the body sentences of Split (RoleBody:
// headlines, datelines, sub-headings and boilerplate are left out, so that a
// changed dateline or a new byline still leaves a near copy), tokenized with
// Tokenize (so folded with Fold) and read as one sequence of words across
// sentences: each run of ShingleSize consecutive words is one shingle,
// hashed to 64 bits. A body with fewer words than ShingleSize has one
// shingle of all its words; a body with no words has none, and is a near
// copy of nothing.
type Fingerprint struct {
	// Hash is the 64-bit FNV-1a hash of Fold(Body): equal for bodies
	// that differ only in case, white space, quotes and dashes.
	Hash uint64
	// Shingles are the distinct shingle hashes, in ascending order.
	Shingles []uint64
	// Signature holds, for each of SignatureSize hash functions, the
	// least value it gives a shingle (the top 32 bits). It is nil when
	// there are no shingles.
	Signature []uint32
}

// NewFingerprint returns the fingerprint of a with the options' shingle and
// signature sizes. Options out of range are an error, and so is a nil
// article (an *ArticleError wrapping ErrEmpty, as from Index.Add); the
// article is not validated otherwise (an empty body gives a fingerprint
// with no shingles).
func NewFingerprint(a *article.Article, opts *Options) (*Fingerprint, error) {
	if a == nil {
		return nil, validateOne(a)
	}
	c, err := opts.config()
	if err != nil {
		return nil, err
	}
	return c.fingerprint(a, bodyOf(segment.Read(a))), nil
}

// A bodySentence is a body sentence with its tokens.
type bodySentence struct {
	text string
	toks []text.Token
}

// bodyOf returns the RoleBody segments of d with their tokens.
func bodyOf(d *segment.Document) []bodySentence {
	var out []bodySentence
	for i, s := range d.Sentences {
		if s.Role == segment.RoleBody {
			out = append(out, bodySentence{s.Text, d.Tokens[i]})
		}
	}
	return out
}

// fingerprint computes the fingerprint of a from its body sentences.
func (c *dedupConfig) fingerprint(a *article.Article, body []bodySentence) *Fingerprint {
	fp := &Fingerprint{Hash: similarity.HashString(text.Fold(a.Body))}
	var words []string
	for _, s := range body {
		for _, t := range s.toks {
			words = append(words, t.Text)
		}
	}
	if len(words) == 0 {
		return fp
	}
	k := min(c.shingle, len(words))
	sh := make([]uint64, 0, len(words)-k+1)
	for i := 0; i+k <= len(words); i++ {
		sh = append(sh, shingleHash(words[i:i+k]))
	}
	fp.Shingles = similarity.SortedSet(sh)
	fp.Signature = minHash(fp.Shingles, c.sigSize)
	return fp
}

// shingleHash is the 64-bit FNV-1a hash of the words of a shingle joined
// by zero bytes, as hash/fnv computes it, without its allocations.
func shingleHash(words []string) uint64 {
	const offset, prime = 14695981039346656037, 1099511628211
	h := uint64(offset)
	for j, w := range words {
		if j > 0 {
			h *= prime // h ^= 0, then the multiplication
		}
		for i := 0; i < len(w); i++ {
			h = (h ^ uint64(w[i])) * prime
		}
	}
	return h
}

// minHashSeeds returns the seeds of the first n hash functions of a
// signature: a fixed splitmix64 sequence, so that signatures made by any
// process (or read from a saved Index) are comparable.
func minHashSeeds(n int) []uint64 {
	seeds := make([]uint64, n)
	x := uint64(0x6e6577736d657267) // "newsmerg"
	for i := range seeds {
		x += 0x9e3779b97f4a7c15
		seeds[i] = mix64(x)
	}
	return seeds
}

var (
	seedsOnce sync.Once
	seedsMax  []uint64
)

// mix64 is the splitmix64 finaliser: a bijection on 64 bits whose output bits
// each depend on every input bit.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// minHash returns the MinHash signature of n values of a shingle set: value i
// is the least top half of mix64(shingle ^ seed i).
func minHash(shingles []uint64, n int) []uint32 {
	seedsOnce.Do(func() { seedsMax = minHashSeeds(MaxSignatureSize) })
	seeds := seedsMax[:n]
	sig := make([]uint32, n)
	for i := range sig {
		sig[i] = math.MaxUint32
	}
	for _, s := range shingles {
		for i, seed := range seeds {
			if v := uint32(mix64(s^seed) >> 32); v < sig[i] {
				sig[i] = v
			}
		}
	}
	return sig
}

// Jaccard returns the exact Jaccard similarity of the two fingerprints'
// shingle sets: the shingles they share over the shingles either has. Two
// fingerprints without shingles give 0, and so does a nil one. Both must be
// made with the same shingle size.
func (f *Fingerprint) Jaccard(g *Fingerprint) float64 {
	if f == nil || g == nil || len(f.Shingles) == 0 || len(g.Shingles) == 0 {
		return 0
	}
	common := similarity.CountCommon(f.Shingles, g.Shingles)
	return float64(common) / float64(len(f.Shingles)+len(g.Shingles)-common)
}

// Estimate returns the MinHash estimate of the Jaccard similarity: the share
// of signature positions where the two signatures agree. It returns 0 when
// either is nil or has no signature, or their sizes differ.
func (f *Fingerprint) Estimate(g *Fingerprint) float64 {
	if f == nil || g == nil || len(f.Signature) == 0 || len(f.Signature) != len(g.Signature) {
		return 0
	}
	same := 0
	for i, v := range f.Signature {
		if v == g.Signature[i] {
			same++
		}
	}
	return float64(same) / float64(len(f.Signature))
}

// LSHBands returns how many bands of how many rows an Index cuts a
// signature of n values into for a Jaccard threshold t, so that a pair of
// similarity exactly t is missed with probability at most maxMiss.
//
// Two articles whose shingle sets have Jaccard similarity s agree on one
// signature value with probability s, on a band of r rows with probability
// s^r, and become candidates when they agree on at least one of b bands:
//
//	P(candidate | s) = 1 - (1 - s^r)^b
//
// Of the splits with b*r <= n, LSHBands takes the one with the most rows
// (fewest candidates below the threshold) whose miss rate at t,
// (1 - t^r)^b, is at most maxMiss; pairs above t are missed less often
// still. With the defaults (n = 128, t = 0.7, maxMiss = 0.01) that is 32
// bands of 4 rows (25 bands of 5 would miss 0.01005 at t): a pair at
// s = 0.7 is missed with probability 1.5e-4, at s = 0.6 with 0.012, at
// s = 0.8 with 5e-8; a pair at s = 0.5 becomes a candidate with probability
// 0.87, at s = 0.3 with 0.23, at s = 0.1 with 0.0032. Candidates are
// confirmed with the exact Jaccard similarity, so a candidate below the
// threshold costs time, never a
// wrong answer. When no split meets maxMiss, LSHBands returns n bands of 1
// row, and for n below 1 no bands of 1 row.
func LSHBands(n int, t, maxMiss float64) (bands, rows int) {
	bands, rows = max(n, 0), 1
	for r := 1; r <= n; r++ {
		b := n / r
		if math.Pow(1-math.Pow(t, float64(r)), float64(b)) <= maxMiss {
			bands, rows = b, r
		}
	}
	return bands, rows
}

// LSHCandidateProbability returns the probability that two articles whose
// shingle sets have Jaccard similarity s share at least one of bands bands
// of rows rows: 1 - (1 - s^rows)^bands.
func LSHCandidateProbability(s float64, bands, rows int) float64 {
	return 1 - math.Pow(1-math.Pow(s, float64(rows)), float64(bands))
}

// rareTerms returns the terms by which an Index finds rewrite candidates:
// the distinct keys (stems, as the Scorer compares words) of the body's
// content words, capitalised words inside a sentence (names) first, then
// longer words before shorter, ties by key; at most maxArticleTerms of them.
// Capitalised words are taken for names instead of running Analyze, which
// would cost some four times the Split already done per article. Which of
// these terms are rare is decided by the index from how many articles hold
// each one.
func rareTerms(body []bodySentence) []string {
	type term struct {
		key  string
		name bool
		n    int
	}
	words := 0
	for _, s := range body {
		words += len(s.toks)
	}
	seen := make(map[string]int, words/2) // key -> its term
	keyOf := make(map[string]string, words/2)
	var terms []term
	for _, s := range body {
		for i, t := range s.toks {
			if similarity.Stopwords[t.Text] || utf8.RuneCountInString(t.Text) < minTermRunes {
				continue
			}
			first, _ := utf8.DecodeRuneInString(s.text[t.Start:])
			name := unicode.IsUpper(first) && t.Kind == text.TokenWord && !(i == 0 && segment.SentenceStarters[t.Text])
			// A word's key depends on its folded form and kind only;
			// words repeat, and each is stemmed once.
			key, ok := keyOf[t.Text]
			if !ok || t.Kind != text.TokenWord {
				key = similarity.TokenKey(t)
				if t.Kind == text.TokenWord {
					keyOf[t.Text] = key
				}
			}
			if j, ok := seen[key]; ok {
				terms[j].name = terms[j].name || name
				continue
			}
			seen[key] = len(terms)
			terms = append(terms, term{key, name, utf8.RuneCountInString(t.Text)})
		}
	}
	slices.SortFunc(terms, func(a, b term) int {
		switch {
		case a.name != b.name:
			if a.name {
				return -1
			}
			return 1
		case a.n != b.n:
			return cmp.Compare(b.n, a.n)
		}
		return strings.Compare(a.key, b.key)
	})
	if len(terms) > maxArticleTerms {
		terms = terms[:maxArticleTerms]
	}
	out := make([]string, len(terms))
	for i, t := range terms {
		out[i] = t.key
	}
	sort.Strings(out)
	return out
}

// Limits of the rare-term index.
const (
	// minTermRunes is the shortest word, in letters, taken as a term.
	minTermRunes = 3
	// maxArticleTerms is the most terms an article is filed under.
	maxArticleTerms = 48
	// maxTermArticles is the number of articles past which a term is too
	// common to find rewrites by: its list is dropped and it is no
	// longer filed or looked up.
	maxTermArticles = 256
	// minSharedTerms is the least number of rare terms a rewrite
	// candidate must share with the query.
	minSharedTerms = 3
	// maxRewriteCandidates is the most articles a query compares with
	// CompareArticles.
	maxRewriteCandidates = 8
)

// A Match is an indexed article found by Index.Query, or a member of a
// Group.
type Match struct {
	// ID is the matched article's ID.
	ID string `json:"id"`
	// Relation says how the matched article relates to the query:
	// Exact, NearCopy or Rewrite.
	Relation Relation `json:"relation"`
	// Score is 1 for Exact, the shingle Jaccard similarity for NearCopy
	// and ArticleScore.Value for Rewrite.
	Score float64 `json:"score"`
}

// sortMatches orders matches by relation (Exact, NearCopy, Rewrite), then
// by score, highest first, then by ID.
func sortMatches(ms []Match) {
	sort.Slice(ms, func(i, j int) bool {
		a, b := ms[i], ms[j]
		if a.Relation != b.Relation {
			return a.Relation < b.Relation
		}
		if a.Score != b.Score {
			return a.Score > b.Score
		}
		return a.ID < b.ID
	})
}

// A Group is one story of a corpus: articles that are copies or rewrites of
// one another, ready to be passed to Merge.
type Group struct {
	// Members are the group's articles. The first is the group's first
	// article (earliest Published, unknown times last, ties by ID) with
	// Relation First and Score 1; the others follow in the same order,
	// each with its relation to the first article (see GroupArticles).
	Members []Member `json:"articles"`
}

// A Member is one article of a Group with its relation to the group's first
// article. It encodes to JSON as {"id", "relation", "score"}.
type Member struct {
	// Article is the article, as given to GroupArticles.
	Article *article.Article
	// Relation is First for the group's first article, else Exact,
	// NearCopy or Rewrite.
	Relation Relation
	// Score is 1 for First and Exact, the shingle Jaccard similarity for
	// NearCopy, ArticleScore.Value for Rewrite.
	Score float64
}

// MarshalJSON encodes the member as {"id": ..., "relation": ..., "score":
// ...}, the score rounded to three decimals.
func (m Member) MarshalJSON() ([]byte, error) {
	id := ""
	if m.Article != nil {
		id = m.Article.ID
	}
	return json.Marshal(struct {
		ID       string   `json:"id"`
		Relation Relation `json:"relation"`
		Score    float64  `json:"score"`
	}{id, m.Relation, math.Round(m.Score*1000) / 1000})
}

// Articles returns the group's articles in member order, to pass to Merge.
func (g Group) Articles() []*article.Article {
	out := make([]*article.Article, len(g.Members))
	for i, m := range g.Members {
		out[i] = m.Article
	}
	return out
}

// GroupArticles puts a corpus into stories: two articles are in one group
// when one is an Exact copy, a NearCopy or a Rewrite of the other (found as
// Index.Query finds them), and groups are closed under these links, so a
// copy of a copy joins too.
//
// Each member's relation is its own relation to the group's first article:
// Exact, NearCopy when their shingle similarity reaches the threshold,
// Rewrite with ArticleScore.Value otherwise. A member that joined through
// other members only is a Rewrite whose score (its own ArticleScore.Value
// against the first article) may be below MinRewrite; with rewrites turned
// off, it is a NearCopy whose similarity may be below the threshold.
//
// The result does not depend on the order of the input: articles are
// processed in the order of their first-article rule (Published, unknown
// times last, then ID), and groups are ordered by their first article.
// Every article is in exactly one group; an article that relates to none is
// a group of its own.
//
// When the Scorer's Weights are nil, GroupArticles compares with a copy of
// the Scorer whose Weights are filled from the body sentences of the
// corpus. Errors: options out of range, the error of Article.Validate,
// and an *ArticleError wrapping ErrEmpty for a nil article (its ID is "#"
// and its position) or ErrDuplicateID when two articles share an ID. No
// articles give no groups. GroupArticles is safe for concurrent use.
func GroupArticles(articles []*article.Article, opts *Options) ([]Group, error) {
	c, err := opts.config()
	if err != nil {
		return nil, err
	}
	if err := article.ValidateAll(articles); err != nil {
		return nil, err
	}
	arts := append([]*article.Article(nil), articles...)
	sort.Slice(arts, func(i, j int) bool { return articleBefore(arts[i], arts[j]) })
	n := len(arts)
	docs := make([]*segment.Document, n)
	par.For(n, func(i int) { docs[i] = segment.Read(arts[i]) })
	if c.rewrites() && c.scorer.Weights == nil {
		sc := *c.scorer
		sc.Weights = similarity.NewWeights()
		for _, d := range docs {
			for k, s := range d.Sentences {
				if s.Role == segment.RoleBody {
					sc.Weights.AddTokens(d.Tokens[k])
				}
			}
		}
		c.scorer = &sc
	}
	idx := newIndex(c)
	entries := make([]*entry, n)
	par.For(n, func(i int) { entries[i] = c.newEntry(docs[i]) })
	var prepared []*similarity.PreparedArticle
	if c.rewrites() {
		prepared = make([]*similarity.PreparedArticle, n)
		par.For(n, func(i int) { prepared[i] = c.scorer.PrepareDocument(docs[i]) })
	}
	for _, e := range entries {
		idx.insert(e)
	}
	links := idx.corpusLinks(entries, prepared)
	parent := make([]int32, n)
	for i := range parent {
		parent[i] = int32(i)
	}
	find := func(x int32) int32 {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	for _, l := range links {
		a, b := find(l[0]), find(l[1])
		if a > b {
			a, b = b, a
		}
		parent[b] = a // the root is the earliest article of a group
	}
	var groups []Group
	groupOf := make(map[int32]int)
	for i := range arts {
		root := find(int32(i))
		g, ok := groupOf[root]
		if !ok {
			g = len(groups)
			groupOf[root] = g
			groups = append(groups, Group{})
		}
		m := Member{Article: arts[i], Relation: First, Score: 1}
		if int32(i) != root {
			m.Relation, m.Score = c.nearRelationScore(entries[root].fp, entries[i].fp)
			switch {
			case m.Relation != Unrelated:
			case prepared != nil:
				m.Relation = Rewrite
				m.Score, _ = c.rewrite(prepared[root], prepared[i])
			default:
				m.Relation, m.Score = NearCopy, entries[root].fp.Jaccard(entries[i].fp)
			}
		}
		groups[g].Members = append(groups[g].Members, m)
	}
	return groups, nil
}

// articleBefore is the order of GroupArticles: earlier Published first,
// unknown (zero) times last, then by ID.
func articleBefore(a, b *article.Article) bool {
	az, bz := a.Published.IsZero(), b.Published.IsZero()
	switch {
	case az != bz:
		return bz
	case !a.Published.Equal(b.Published):
		return a.Published.Before(b.Published)
	}
	return a.ID < b.ID
}

// nearRelation returns Exact, NearCopy or Unrelated for two fingerprints.
func (c *dedupConfig) nearRelation(a, b *Fingerprint) Relation {
	r, _ := c.nearRelationScore(a, b)
	return r
}

// nearRelationScore returns Exact with 1, NearCopy with the Jaccard
// similarity, or Unrelated with 0.
func (c *dedupConfig) nearRelationScore(a, b *Fingerprint) (Relation, float64) {
	if a.Hash == b.Hash {
		return Exact, 1
	}
	if j := a.Jaccard(b); j >= c.threshold {
		return NearCopy, j
	}
	return Unrelated, 0
}

// rewrite compares two prepared articles and returns ArticleScore.Value and
// whether it makes a Rewrite (see Rewrite).
//
// Sentences linked as LinkConflict (the same statement with another
// figure, name or place) count toward the score, as outlets telling one
// event often disagree on a detail, but they cannot make a Rewrite alone:
// two reports of different events told with one template link every
// sentence as a conflict. So a Rewrite needs at least one agreeing link
// (LinkSame, LinkCovers or LinkCoveredBy); conflicting links count toward
// the MinRewriteSentences sentences of an article only when it has that
// many, so a shorter article must be said in the other through agreeing
// links, and two one-sentence articles through LinkSame.
func (c *dedupConfig) rewrite(a, b *similarity.PreparedArticle) (float64, bool) {
	as := c.scorer.CompareArticles(a, b)
	if as.Value < c.minRewrite {
		return as.Value, false
	}
	// The sentences of each article linked, and linked through an
	// agreeing link, and the sentences of a linked as LinkSame.
	inA, inB := make(map[int]bool), make(map[int]bool)
	agreeA, agreeB := make(map[int]bool), make(map[int]bool)
	sameA := make(map[int]bool)
	for _, m := range as.Matches {
		inA[m.A], inB[m.B] = true, true
		if m.Link != similarity.LinkConflict {
			agreeA[m.A], agreeB[m.B] = true, true
		}
		if m.Link == similarity.LinkSame {
			sameA[m.A] = true
		}
	}
	if len(a.Sentences) == 1 && len(b.Sentences) == 1 {
		return as.Value, len(sameA) == 1
	}
	ok := len(agreeA) > 0 && linkedEnough(inA, agreeA, len(a.Sentences)) && linkedEnough(inB, agreeB, len(b.Sentences))
	return as.Value, ok
}

// linkedEnough reports whether an article of n sentences, of which those in
// linked are linked to the other article and those in agreeing through an
// agreeing link, is linked enough for a Rewrite: MinRewriteSentences
// sentences by any link, or all of a shorter article by agreeing links.
func linkedEnough(linked, agreeing map[int]bool, n int) bool {
	if n < MinRewriteSentences {
		return len(agreeing) >= n
	}
	return len(linked) >= MinRewriteSentences
}
