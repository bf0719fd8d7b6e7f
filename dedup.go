package newsmerge

import (
	"github.com/newsmerge/newsmerge/dedup"
)

// A Relation says how an article relates to another one it was compared
// with: the same text, a lightly edited copy, or the same story in other
// words.
type Relation = dedup.Relation

const (
	// Unrelated: neither a copy nor a rewrite.
	Unrelated = dedup.Unrelated

	// First: the first article of a Group, to which the others relate.
	First = dedup.First

	// Exact: the same text once folded (Fold of the whole body): case,
	// white space, quotes and dashes may differ, nothing else. Score 1.
	Exact = dedup.Exact

	// NearCopy: a lightly edited copy (a changed dateline, a trimmed
	// ending, a sentence inserted, a few words changed): the Jaccard
	// similarity of the two articles' word shingles reaches the
	// threshold (DedupOptions.Threshold). The score is that similarity.
	NearCopy = dedup.NearCopy

	// Rewrite: the same story told in other words: CompareArticles finds
	// at least DedupOptions.MinRewrite of one article said in the other,
	// in at least MinRewriteSentences sentences of each (or all of an
	// article with fewer), with at least one pair of sentences that agree
	// (LinkSame, LinkCovers, LinkCoveredBy). Sentences that only conflict
	// (LinkConflict: another figure, name or place) count toward the
	// score but never make a Rewrite alone: an article with fewer than
	// MinRewriteSentences sentences must be said through agreeing links,
	// and two one-sentence articles must link as LinkSame. The score is
	// ArticleScore.Value.
	Rewrite = dedup.Rewrite

	// DefaultShingleSize is the number of consecutive words in a shingle.
	// Four words are specific enough that two unrelated news texts rarely
	// share one, and short enough that one changed word spoils only four
	// shingles.
	DefaultShingleSize = dedup.DefaultShingleSize

	// DefaultSignatureSize is the number of MinHash values in a
	// signature (512 bytes an article). The standard error of the
	// estimated similarity is sqrt(J(1-J)/n): 0.04 at J = 0.7.
	DefaultSignatureSize = dedup.DefaultSignatureSize

	// DefaultNearCopy is the least shingle Jaccard similarity of a
	// NearCopy. Dropping one paragraph of six, inserting one, or changing
	// one word in twenty leaves a copy above it; two articles sharing
	// half their sentences fall below.
	DefaultNearCopy = dedup.DefaultNearCopy

	// DefaultMinRewrite is the least ArticleScore.Value of a Rewrite:
	// a fifth of the shorter telling said in the other. Outlets telling
	// one event in their own words share less than one might think: the
	// pairs of the hand-written events of testdata/events score 0.15 to
	// 0.67 (median 0.4), while pairs from different events all score 0.
	DefaultMinRewrite = dedup.DefaultMinRewrite

	// MinRewriteSentences is the least number of sentences of each
	// article that must be linked to the other for a Rewrite: one
	// sentence two articles share (a quote, a background paragraph) does
	// not make them one story, however short one of them is.
	MinRewriteSentences = dedup.MinRewriteSentences

	// DefaultMaxMiss is the largest share of pairs exactly at the
	// threshold that the LSH bands may miss (see LSHBands).
	DefaultMaxMiss   = dedup.DefaultMaxMiss
	MaxSignatureSize = dedup.MaxSignatureSize
	MaxShingleSize   = dedup.MaxShingleSize
)

// DedupOptions adjust fingerprints, Index and GroupArticles. The zero value,
// or a nil *DedupOptions, means the defaults; a field out of range (negative,
// above its Max constant, or a float that is NaN or infinite) is an error
// from NewFingerprint, NewIndex and GroupArticles.
type DedupOptions = dedup.Options

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
type Fingerprint = dedup.Fingerprint

// NewFingerprint returns the fingerprint of a with the options' shingle and
// signature sizes. Options out of range are an error, and so is a nil
// article (an *ArticleError wrapping ErrEmpty, as from Index.Add); the
// article is not validated otherwise (an empty body gives a fingerprint
// with no shingles).
func NewFingerprint(a *Article, opts *DedupOptions) (*Fingerprint, error) {
	return dedup.NewFingerprint(a, opts)
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
// row.
func LSHBands(n int, t, maxMiss float64) (bands, rows int) {
	return dedup.LSHBands(n, t, maxMiss)
}

// LSHCandidateProbability returns the probability that two articles whose
// shingle sets have Jaccard similarity s share at least one of bands bands
// of rows rows: 1 - (1 - s^rows)^bands.
func LSHCandidateProbability(s float64, bands, rows int) float64 {
	return dedup.LSHCandidateProbability(s, bands, rows)
}

// A Match is an indexed article found by Index.Query, or a member of a
// Group.
type Match = dedup.Match

// A Group is one story of a corpus: articles that are copies or rewrites of
// one another, ready to be passed to Merge.
type Group = dedup.Group

// A Member is one article of a Group with its relation to the group's first
// article. It encodes to JSON as {"id", "relation", "score"}.
type Member = dedup.Member

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
func GroupArticles(articles []*Article, opts *DedupOptions) ([]Group, error) {
	return dedup.GroupArticles(articles, opts)
}

// An Index finds, for a new article, the articles already seen that are
// exact copies, near copies or rewrites of it, without comparing it with
// every one of them.
//
// Near copies are found by locality-sensitive hashing: each article's
// MinHash signature is cut into bands (see LSHBands), and only the articles
// sharing a band with the query, or its exact-content hash, are candidates;
// each candidate is then confirmed with the exact Jaccard similarity of the
// shingle sets, so no pair below the threshold is ever reported. Rewrites
// are found through rare terms: every article is filed under up to 48 of
// its content words (capitalised words inside a sentence first, mostly
// names: the index does not run Analyze for the entities, which costs
// some four times the Split it already does per article, see
// BenchmarkAnalyzeCorpus and BenchmarkSplit), a term held by more than 256
// articles is dropped as too common (for good: removals do not bring it
// back, loading a saved index does), and the (at most 8) articles sharing
// the most weight of rare terms with the query, at least 3 terms, are
// compared with Scorer.CompareArticles (see Rewrite).
//
// An Index keeps per article its ID, fingerprint (shingle set and
// signature), its terms and, unless rewrites are turned off
// (DedupOptions.MinRewrite above 1), the article itself, which the rewrite
// comparison needs. On news of about 130 words that is about 2.4 KB an
// article for near copies only and 4 KB with rewrites, the articles not
// counted. A Query with rewrites prepares up to 8 candidate articles for
// CompareArticles, which makes it some ten times slower than one for near
// copies only (BenchmarkIndexQuery).
//
// All methods are safe for concurrent use. The zero Index is not usable:
// make one with NewIndex.
type Index = dedup.Index

// NewIndex returns an empty Index with the given options (nil means the
// defaults), or an error for options out of range.
func NewIndex(opts *DedupOptions) (*Index, error) {
	return dedup.NewIndex(opts)
}

// IndexVersion is the version of the format WriteTo writes, and the only
// one ReadFrom reads.
const IndexVersion = dedup.IndexVersion

// ErrIndexFormat is wrapped by the errors of Index.ReadFrom for input that is
// not a saved Index (a foreign file), another version, or a corrupt one.
var ErrIndexFormat = dedup.ErrIndexFormat
