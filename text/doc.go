// Package text is the bottom stage of newsmerge: it folds text for
// comparison (Fold), splits it into tokens that keep their byte offsets
// (Tokenize), stems English words (Stem), and reads the counts, money,
// percentages, dates and times a sentence states (Values).
//
// Everything here works on one string at a time and knows nothing of
// articles, sentences or stories; the stages above (segment, similarity,
// entities, merge, dedup) build on it. All functions are safe for
// concurrent use.
package text
