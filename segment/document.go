package segment

import (
	"github.com/newsmerge/newsmerge/article"
	"github.com/newsmerge/newsmerge/internal/par"
	"github.com/newsmerge/newsmerge/text"
)

// A Document is an article read once for the stages above segment: its
// segments as Split gives them and the tokens of each, so that similarity,
// entities, merge and dedup read one analysis instead of splitting and
// tokenising the text again.
type Document struct {
	// Article is the article read; nil for a nil article.
	Article *article.Article
	// Sentences are the segments of Split(Article).
	Sentences []Sentence
	// Tokens holds the tokens of each segment: Tokens[i] is
	// text.Tokenize(Sentences[i].Text), its offsets into the segment's
	// Text (add Sentences[i].Start for offsets into the body).
	Tokens [][]text.Token
}

// Read splits a and tokenises each of its segments. A nil a gives a
// Document without sentences. Read is safe for concurrent use.
func Read(a *article.Article) *Document {
	d := &Document{Article: a, Sentences: Split(a)}
	d.Tokens = make([][]text.Token, len(d.Sentences))
	for i, s := range d.Sentences {
		d.Tokens[i] = text.Tokenize(s.Text)
	}
	return d
}

// ReadAll reads each of articles, on all processors.
func ReadAll(articles []*article.Article) []*Document {
	docs := make([]*Document, len(articles))
	par.For(len(articles), func(i int) { docs[i] = Read(articles[i]) })
	return docs
}
