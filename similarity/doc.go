// Package similarity decides when two sentences make one statement and how
// much of one article another says.
//
// A Scorer prepares each sentence once (Prepare: tokens, stems, weights,
// names, figures, predicates) and compares prepared sentences (Compare),
// giving a Score with the named signals behind it; Link says how two
// relate (the same statement, a conflict, one covering the other), and
// CompareArticles aligns the sentences of two articles.
//
// The signals are a table (signals.go) keyed by name; the fitted model is
// the generated file model_gen.go, written by internal/tune from the MRPC
// training split; similaritydata.go builds the word sets the signals use
// from the lists of internal/lexicon.
package similarity
