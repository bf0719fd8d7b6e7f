// Package entities finds the people, organisations and places named in a
// set of articles, joins the variant names that stand for one entity
// (Analyze, Entities), and finds the quotes and claims with their
// speakers.
//
// Names are read from the sentences and tokens of segment.Read
// (AnalyzeDocuments takes the articles already read, so a caller that has
// read them does not split and tokenise them again); entitydata.go holds
// the gazetteer and the word sets the kind votes use (their words are in
// internal/lexicon).
package entities
