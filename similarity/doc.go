// Package similarity decides when two sentences make one statement and how
// much of one article another says.
//
// A Scorer prepares each sentence once (Prepare: tokens, stems, weights,
// names, figures, predicates) and compares prepared sentences (Compare),
// giving a Score with the named signals behind it; Link says how two
// relate (the same statement, a conflict, one covering the other), and
// CompareArticles aligns the sentences of two articles. The fitted model
// is in similaritydata.go, with the word lists the signals use.
package similarity
