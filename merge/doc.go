// Package merge clusters the statements of several articles about one
// story into a Story: each statement once, with every source sentence
// behind it, the facts only one source has, disagreements as Conflicts
// (figures, polarity, roles, speakers), the cast, and the segments removed
// with their reasons. WriteText, WriteMarkdown and WriteJSON render it.
//
// Merge reads the stages below it: segment for sentences and roles,
// similarity for the scores and links between sentences, entities for the
// cast and the speakers of quotes. speakers.go holds who a sentence is
// about and who said it; render.go the renderers.
package merge
