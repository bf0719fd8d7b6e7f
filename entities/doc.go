// Package entities finds the people, organisations and places named in a
// set of articles, joins the variant names that stand for one entity
// (Analyze, Entities), and finds the quotes and claims with their
// speakers.
//
// Names are read from the sentences package segment made (AnalyzeSegments
// takes them already split, so a caller that has split the articles does
// not split them again); entitydata.go holds the gazetteer and the word
// lists the kind votes use.
package entities
