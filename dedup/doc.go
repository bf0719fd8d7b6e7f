// Package dedup finds copies and rewrites among articles without comparing
// every pair. A Fingerprint is an article's MinHash signature over word
// shingles; an Index keeps fingerprints in LSH bands and the rare terms of
// each article, so that a new article is compared only with candidates,
// and tells for each the Relation: Exact, NearCopy or Rewrite (similarity's
// CompareArticles, on candidates that share rare terms). GroupArticles
// puts a whole corpus into groups, each ready for merge.
//
// index.go holds the Index, its sliding window (Remove, RemoveBefore) and
// its binary format (WriteTo, ReadFrom).
package dedup
