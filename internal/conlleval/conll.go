package main

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsmerge/newsmerge"
	"github.com/newsmerge/newsmerge/internal/evalkit"
)

// Types are the CoNLL-2003 entity types, in the order the tables use.
var Types = []string{"LOC", "MISC", "ORG", "PER"}

// A Token is one line of a CoNLL file: the word and its NER tag.
type Token struct {
	Word, Tag string
}

// A Document is the text between two -DOCSTART- lines, as sentences.
type Document struct {
	Sentences [][]Token
}

// Tokens returns the document's tokens in order, sentences concatenated.
func (d Document) Tokens() []Token {
	var ts []Token
	for _, s := range d.Sentences {
		ts = append(ts, s...)
	}
	return ts
}

// A Span is an entity: tokens [Start, End) of document Doc, counted over
// the whole document (sentences concatenated), with a CoNLL type; Type is
// empty for an untyped span.
type Span struct {
	Doc, Start, End int
	Type            string
}

// ReadCoNLL reads a CoNLL-2003 file: one token a line (word first, NER tag
// last), blank lines between sentences, -DOCSTART- lines between
// documents. Tokens before the first -DOCSTART- form a document of their
// own; documents without sentences are dropped.
func ReadCoNLL(r io.Reader) ([]Document, error) {
	var docs []Document
	var cur Document
	var sent []Token
	endSentence := func() {
		if len(sent) > 0 {
			cur.Sentences = append(cur.Sentences, sent)
			sent = nil
		}
	}
	endDoc := func() {
		endSentence()
		if len(cur.Sentences) > 0 {
			docs = append(docs, cur)
		}
		cur = Document{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		f := strings.Fields(sc.Text())
		switch {
		case len(f) == 0:
			endSentence()
		case f[0] == "-DOCSTART-":
			endDoc()
		case len(f) < 2:
			return nil, fmt.Errorf("line %d: want a token and a tag, got %q", line, sc.Text())
		default:
			sent = append(sent, Token{Word: f[0], Tag: f[len(f)-1]})
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	endDoc()
	return docs, nil
}

// tagType splits a tag into its prefix ("B", "I" or "O") and type.
func tagType(tag string) (prefix, typ string) {
	if p, t, ok := strings.Cut(tag, "-"); ok {
		return p, t
	}
	return "O", ""
}

// Chunks returns the entities of a tag sequence (offset by base), the
// conlleval way, so that IOB1 and IOB2 read alike: an entity starts at
// B-X, or at I-X after O or another type, and goes on over I-X of the same
// type.
func Chunks(tags []string, doc, base int) []Span {
	var out []Span
	open := -1
	typ := ""
	for i := 0; i <= len(tags); i++ {
		p, t := "O", ""
		if i < len(tags) {
			p, t = tagType(tags[i])
		}
		if open >= 0 && (p != "I" || t != typ) {
			out = append(out, Span{Doc: doc, Start: base + open, End: base + i, Type: typ})
			open = -1
		}
		if open < 0 && (p == "B" || p == "I") {
			open, typ = i, t
		}
	}
	return out
}

// GoldSpans returns the entities of the documents, sentence by sentence.
func GoldSpans(docs []Document) []Span {
	var out []Span
	for di, d := range docs {
		base := 0
		for _, s := range d.Sentences {
			tags := make([]string, len(s))
			for i, t := range s {
				tags[i] = t.Tag
			}
			out = append(out, Chunks(tags, di, base)...)
			base += len(s)
		}
	}
	return out
}

// Body rebuilds a document's text: tokens joined by single spaces, one
// sentence a line. It returns, for every token of the document (in
// Tokens order), its byte offsets [start, end) in the body.
func Body(d Document) (string, [][2]int) {
	var b strings.Builder
	var offs [][2]int
	for si, s := range d.Sentences {
		if si > 0 {
			b.WriteByte('\n')
		}
		for i, t := range s {
			if i > 0 {
				b.WriteByte(' ')
			}
			st := b.Len()
			b.WriteString(t.Word)
			offs = append(offs, [2]int{st, b.Len()})
		}
	}
	return b.String(), offs
}

// Snap maps byte offsets [start, end) to the tokens they overlap, [ts, te).
// exact is false when start or end falls inside a token or between tokens
// (the span was snapped); ok is false when no token overlaps.
func Snap(offs [][2]int, start, end int) (ts, te int, exact, ok bool) {
	ts = sort.Search(len(offs), func(i int) bool { return offs[i][1] > start })
	te = ts
	for te < len(offs) && offs[te][0] < end {
		te++
	}
	if te == ts {
		return 0, 0, false, false
	}
	exact = offs[ts][0] == start && offs[te-1][1] == end
	return ts, te, exact, true
}

// ConllType maps a newsmerge entity type to a CoNLL type: EntityPerson to
// PER, EntityOrg to ORG, EntityPlace to LOC, and anything else (EntityOther,
// the one remaining constant) to MISC.
func ConllType(t newsmerge.EntityType) string {
	switch t {
	case newsmerge.EntityPerson:
		return "PER"
	case newsmerge.EntityOrg:
		return "ORG"
	case newsmerge.EntityPlace:
		return "LOC"
	}
	return "MISC"
}

// Resolve sorts spans by document and start and keeps a set without
// overlaps, as tags can only say: exact duplicates go, and of two spans
// that overlap the one starting first (the longer at equal starts) stays.
// It returns the kept spans and how many overlapping ones it dropped
// (duplicates not counted).
func Resolve(spans []Span) ([]Span, int) {
	s := append([]Span(nil), spans...)
	sort.Slice(s, func(i, j int) bool {
		a, b := s[i], s[j]
		if a.Doc != b.Doc {
			return a.Doc < b.Doc
		}
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		if a.End != b.End {
			return a.End > b.End
		}
		return a.Type < b.Type
	})
	var out []Span
	dropped := 0
	for _, x := range s {
		if n := len(out); n > 0 && out[n-1].Doc == x.Doc && x.Start < out[n-1].End {
			if out[n-1] != x {
				dropped++
			}
			continue
		}
		out = append(out, x)
	}
	return out, dropped
}

// Counts are the true positives, false positives and false negatives of
// one comparison of entity spans (there are no true negatives).
type Counts = evalkit.Confusion

// A Result is an entity-level score: exact span and type overall and by
// gold/predicted type, and exact span with any type (Untyped).
type Result struct {
	All, Untyped Counts
	ByType       map[string]Counts
}

// Score compares predicted spans with gold ones, the conlleval way: a
// prediction is right only when its span and type are those of a gold
// entity, so a right span with a wrong type is a false positive (of the
// predicted type) and a false negative (of the gold type). Neither list
// may hold overlapping spans (see Resolve).
func Score(gold, pred []Span) Result {
	res := Result{ByType: map[string]Counts{}}
	key := func(s Span) Span { s.Type = ""; return s }
	goldSet := map[Span]bool{}
	goldSpan := map[Span]bool{}
	for _, g := range gold {
		goldSet[g] = true
		goldSpan[key(g)] = true
	}
	predSet := map[Span]bool{}
	predSpan := map[Span]bool{}
	for _, p := range pred {
		predSet[p] = true
		predSpan[key(p)] = true
	}
	for p := range predSet {
		c := res.ByType[p.Type]
		if goldSet[p] {
			c.TP++
		} else {
			c.FP++
		}
		res.ByType[p.Type] = c
	}
	for g := range goldSet {
		if !predSet[g] {
			c := res.ByType[g.Type]
			c.FN++
			res.ByType[g.Type] = c
		}
	}
	for _, c := range res.ByType {
		res.All.TP += c.TP
		res.All.FP += c.FP
		res.All.FN += c.FN
	}
	for p := range predSpan {
		if goldSpan[p] {
			res.Untyped.TP++
		} else {
			res.Untyped.FP++
		}
	}
	for g := range goldSpan {
		if !predSpan[g] {
			res.Untyped.FN++
		}
	}
	return res
}

// Confusion counts, for the predicted spans equal to a gold span, the pairs
// (gold type, predicted type).
func Confusion(gold, pred []Span) map[[2]string]int {
	gt := map[Span]string{}
	for _, g := range gold {
		t := g.Type
		g.Type = ""
		gt[g] = t
	}
	out := map[[2]string]int{}
	for _, p := range pred {
		t := p.Type
		p.Type = ""
		if g, ok := gt[p]; ok {
			out[[2]string{g, t}]++
		}
	}
	return out
}

// mostFrequent returns the type with the highest count, the first in
// Types order on ties; "" for no counts.
func mostFrequent(c map[string]int) string {
	best, n := "", 0
	for _, t := range Types {
		if c[t] > n {
			best, n = t, c[t]
		}
	}
	return best
}

// A Dictionary is the shared-task baseline's lexicon: every token sequence
// that is a whole entity in training, with its most frequent type.
type Dictionary struct {
	types  map[string]string // words joined by spaces -> type
	maxLen int
}

// NewDictionary collects the entities of training documents.
func NewDictionary(docs []Document) *Dictionary {
	counts := map[string]map[string]int{}
	d := &Dictionary{types: map[string]string{}}
	for di, doc := range docs {
		toks := doc.Tokens()
		for _, s := range GoldSpans(docs[di : di+1]) {
			k := joinWords(toks[s.Start:s.End])
			if counts[k] == nil {
				counts[k] = map[string]int{}
			}
			counts[k][s.Type]++
			if n := s.End - s.Start; n > d.maxLen {
				d.maxLen = n
			}
		}
	}
	for k, c := range counts {
		d.types[k] = mostFrequent(c)
	}
	return d
}

// Len is the number of distinct entity strings.
func (d *Dictionary) Len() int { return len(d.types) }

func joinWords(ts []Token) string {
	ws := make([]string, len(ts))
	for i, t := range ts {
		ws[i] = t.Word
	}
	return strings.Join(ws, " ")
}

// Tag finds the dictionary's entities in documents, sentence by sentence,
// left to right, the longest match at each position first; matching is
// case-sensitive.
func (d *Dictionary) Tag(docs []Document) []Span {
	var out []Span
	for di, doc := range docs {
		base := 0
		for _, s := range doc.Sentences {
			for i := 0; i < len(s); {
				n := min(d.maxLen, len(s)-i)
				for ; n > 0; n-- {
					if t, ok := d.types[joinWords(s[i:i+n])]; ok {
						out = append(out, Span{Doc: di, Start: base + i, End: base + i + n, Type: t})
						break
					}
				}
				if n == 0 {
					n = 1
				}
				i += n
			}
			base += len(s)
		}
	}
	return out
}

// WordTypes counts, for every word, the types of the training entities it
// begins (B-X or an I-X that opens an entity).
func WordTypes(docs []Document) map[string]string {
	counts := map[string]map[string]int{}
	for di, doc := range docs {
		toks := doc.Tokens()
		for _, s := range GoldSpans(docs[di : di+1]) {
			w := toks[s.Start].Word
			if counts[w] == nil {
				counts[w] = map[string]int{}
			}
			counts[w][s.Type]++
		}
	}
	out := make(map[string]string, len(counts))
	for w, c := range counts {
		out[w] = mostFrequent(c)
	}
	return out
}

// capitalised reports whether a word begins with an upper-case letter.
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// CapitalRuns tags every maximal run of capitalised tokens that does not
// begin a sentence (a run that starts with a sentence's first token is
// left out whole), typed by the most frequent type of the training
// entities its first word begins (first), MISC for a word that begins none.
func CapitalRuns(docs []Document, first map[string]string) []Span {
	var out []Span
	for di, doc := range docs {
		base := 0
		for _, s := range doc.Sentences {
			for i := 0; i < len(s); {
				if !capitalised(s[i].Word) {
					i++
					continue
				}
				j := i + 1
				for j < len(s) && capitalised(s[j].Word) {
					j++
				}
				if i > 0 {
					t := first[s[i].Word]
					if t == "" {
						t = "MISC"
					}
					out = append(out, Span{Doc: di, Start: base + i, End: base + j, Type: t})
				}
				i = j
			}
			base += len(s)
		}
	}
	return out
}

// MapStats counts what happened to newsmerge's mentions on the way to
// token spans.
type MapStats struct {
	Mentions  int // mentions in the documents scored
	Snapped   int // offsets not on token boundaries, widened to the tokens overlapped
	Unmapped  int // no token overlapped (or an unknown article)
	CrossLine int // the tokens overlapped span two sentences (kept; they can only be wrong)
	Dropped   int // overlapping another kept span (see Resolve)
}

// MentionSpans turns every mention of the entities into a typed token
// span of its article's document: docIndex maps article IDs to document
// numbers, offs[doc] are the byte offsets of the document's tokens (see
// Body) and sentOf[doc][token] the sentence each token is in.
func MentionSpans(ents []newsmerge.Entity, docIndex map[string]int, offs [][][2]int, sentOf [][]int) ([]Span, MapStats) {
	var st MapStats
	var spans []Span
	for _, e := range ents {
		t := ConllType(e.Type)
		for _, m := range e.Mentions {
			st.Mentions++
			di, ok := docIndex[m.Article]
			if !ok {
				st.Unmapped++
				continue
			}
			ts, te, exact, ok := Snap(offs[di], m.Start, m.End)
			if !ok {
				st.Unmapped++
				continue
			}
			if !exact {
				st.Snapped++
			}
			if sentOf[di][ts] != sentOf[di][te-1] {
				st.CrossLine++
			}
			spans = append(spans, Span{Doc: di, Start: ts, End: te, Type: t})
		}
	}
	spans, st.Dropped = Resolve(spans)
	return spans, st
}

// SentenceIndex returns, for every token of the document, the index of
// its sentence.
func SentenceIndex(d Document) []int {
	var out []int
	for si, s := range d.Sentences {
		for range s {
			out = append(out, si)
		}
	}
	return out
}
