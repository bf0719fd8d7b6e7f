package newsmerge

import "github.com/newsmerge/newsmerge/dedup"

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
