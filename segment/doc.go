// Package segment divides an article into paragraphs and sentences and
// gives each segment a Role: body, headline, sub-heading, dateline or
// boilerplate (with the rule that matched, so nothing is dropped unseen).
// Every Sentence carries byte offsets into the article's Body.
//
// The rules are data: segmentrules.go holds the abbreviation and word
// sets the sentence boundaries use (their words are in internal/lexicon)
// and the boilerplate rule table, in the order they are tried. Split reads
// an article once, left to right.
package segment
