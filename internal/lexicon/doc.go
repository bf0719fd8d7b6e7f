// Package lexicon holds every word list of newsmerge, by subject, each
// with a doc comment that says what it is for and where its words come
// from:
//
//   - sentences.go: abbreviations, sentence starters, the words of credit
//     lines and calls to action, words that cannot end a line (segment,
//     entities);
//   - function.go: stopwords, negations, auxiliaries, determiners, clause
//     and year openers (similarity, entities, text);
//   - speech.go: verbs of saying and reporting, the words of a speaker's
//     phrase, pronouns (segment, similarity, entities);
//   - names.go: titles, given names, and the words of organisations',
//     places' and events' names (entities);
//   - lexicon.go: irregular verb forms, synonym groups, contrary and
//     reverse word pairs (similarity, and the model tuner internal/tune).
//
// It is data that the stages read: lexicon sits below text, segment,
// similarity and entities and imports no package of newsmerge, and each
// stage builds its sets from the lists here (mostly with text.WordSet), so the
// sets and their exported names (segment.SpeechVerbs, similarity.Stopwords,
// entities.PersonPronouns, ...) stay in the stages. Lists that overlap are
// merged only where the membership or its use is the same; the others
// stand next to each other with a comment on how they differ and why.
// Rule tables (expressions, boilerplate rules, votes) and tables with
// values (the gazetteer, number words, calendar) stay in their stages.
//
// Lists of words are whitespace-separated; a line of SynonymGroups is one
// group, a line of ContraryPairs or ReversePairs is one pair, and
// PersonTitles separates its phrases with "|" and line breaks.
package lexicon
