// Package corpusgen builds a corpus of news articles with controlled edits
// from the sentences of the Microsoft Research Paraphrase Corpus (MRPC), to
// measure deduplication against brute force: stories of real news
// sentences, and for each story exact copies, copies with another dateline,
// trimmed endings, inserted sentences, changed words, paraphrases (the
// second sentence of MRPC's positive pairs) and shortened versions, plus
// unrelated articles. The same pairs and seed give the same corpus.
//
// The MRPC text is not part of the repository: Load reads it from a folder
// (../shared/eval/mrpc on the development machine), and callers skip when
// it is absent.
package corpusgen

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/newsmerge/newsmerge"
	"github.com/newsmerge/newsmerge/internal/mrpc"
)

// Edit kinds, as Item.Kind names them.
const (
	KindBase       = "base"       // the story as first told
	KindCopy       = "copy"       // the same text, other white space and quotes
	KindDateline   = "dateline"   // a dateline put before the first paragraph
	KindTrim       = "trim"       // the last one or two sentences dropped
	KindInsert     = "insert"     // one sentence from elsewhere inserted
	KindEdit       = "edit"       // a few words changed or dropped
	KindTrimEdit   = "trim-edit"  // trimmed and edited
	KindParaphrase = "paraphrase" // every sentence that has a paraphrase replaced
	KindHalf       = "half"       // every other paraphrasable sentence replaced
	KindLead       = "lead"       // the first three sentences only
	KindUnrelated  = "unrelated"  // random sentences, a story of its own
)

// variantKinds are the edits made of each story, in this order.
var variantKinds = []string{KindCopy, KindDateline, KindTrim, KindInsert, KindEdit, KindTrimEdit, KindParaphrase, KindHalf, KindLead}

// An Item is one generated article with how it was made.
type Item struct {
	Article *newsmerge.Article
	// Story is the index of the story the article tells, or -1 for an
	// unrelated article.
	Story int
	// Kind is one of the Kind constants.
	Kind string
}

// Load reads the MRPC pairs of every msr_paraphrase_*.txt file in dir, in
// file name order. It returns an error wrapping os.ErrNotExist when there
// is none.
func Load(dir string) ([]mrpc.Pair, error) {
	names, err := filepath.Glob(filepath.Join(dir, "msr_paraphrase_*.txt"))
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("corpusgen: no msr_paraphrase_*.txt in %s: %w", dir, os.ErrNotExist)
	}
	var pairs []mrpc.Pair
	for _, name := range names {
		ps, err := mrpc.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("corpusgen: %w", err)
		}
		pairs = append(pairs, ps...)
	}
	return pairs, nil
}

// Dir returns the folder of the MRPC files: $NEWSMERGE_MRPC when set, else
// shared/eval/mrpc in the nearest parent of the working directory that has
// one (the evaluation data sits beside the checkouts: ../shared from the
// main checkout, ../../shared from a worktree), else ../shared/eval/mrpc.
func Dir() string {
	if d := os.Getenv("NEWSMERGE_MRPC"); d != "" {
		return d
	}
	dir, err := os.Getwd()
	for err == nil {
		parent := filepath.Dir(dir)
		if parent == dir {
			break
		}
		dir = parent
		if d := filepath.Join(dir, "shared", "eval", "mrpc"); isDir(d) {
			return d
		}
	}
	return filepath.Join("..", "shared", "eval", "mrpc")
}

func isDir(name string) bool {
	info, err := os.Stat(name)
	return err == nil && info.IsDir()
}

// sentence is a story sentence and, when MRPC has one, its paraphrase.
type sentence struct{ text, para string }

// Generate returns n articles made from pairs with the given seed. About one
// article in ten is unrelated; the others are stories of 5 to 7 sentences
// with their variants: two of every kind for each story, each made with
// probability 0.9, so about 16 variants a story. A fifth of the pairs,
// chosen at random, are kept apart for the sentences of unrelated articles
// and inserted sentences; stories take the other pairs in a shuffled order,
// each pair once, until all are used (about 540 stories; a corpus of
// 10,000 articles has about 580, so its last stories already reuse
// pairs); after that stories reuse them in a new order and share sentences
// with earlier stories. Published times
// start at 2024-01-01 and go up story by story, a variant up to a day after
// its story.
func Generate(pairs []mrpc.Pair, n int, seed int64) []Item {
	if len(pairs) == 0 || n <= 0 {
		return nil
	}
	rng := rand.New(rand.NewSource(seed))
	g := &generator{rng: rng, pairs: pairs}
	perm := rng.Perm(len(pairs))
	cut := len(pairs) / 5
	for _, i := range perm[:cut] {
		g.fillers = append(g.fillers, pairs[i].S1, pairs[i].S2)
	}
	g.storyPairs = perm[cut:]
	if len(g.storyPairs) == 0 {
		g.storyPairs = perm
	}
	var vocab []string
	for _, p := range pairs[:min(len(pairs), 500)] {
		vocab = append(vocab, strings.Fields(p.S2)...)
	}
	g.vocab = vocab
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	var items []Item
	story := 0
	for len(items) < n {
		at := start.Add(time.Duration(len(items)) * 7 * time.Minute)
		if rng.Intn(10) == 0 {
			items = append(items, Item{Article: g.article(fmt.Sprintf("u%06d", len(items)), g.unrelated(), at), Story: -1, Kind: KindUnrelated})
			continue
		}
		base := g.story()
		items = append(items, Item{Article: g.article(fmt.Sprintf("s%05d-%s", story, KindBase), base, at), Story: story, Kind: KindBase})
		for _, kind := range variantKinds {
			for copyNo := 1; copyNo <= 2 && len(items) < n; copyNo++ {
				if rng.Float64() >= 0.9 {
					continue
				}
				later := at.Add(time.Duration(rng.Intn(24*60)+1) * time.Minute)
				a := g.article(fmt.Sprintf("s%05d-%s-%d", story, kind, copyNo), g.variant(kind, base), later)
				items = append(items, Item{Article: a, Story: story, Kind: kind})
			}
		}
		story++
	}
	return items
}

// generator holds the state of one Generate call.
type generator struct {
	rng        *rand.Rand
	pairs      []mrpc.Pair
	storyPairs []int    // the pairs stories are made of
	order      []int    // shuffled story pairs still to use
	fillers    []string // sentences of unrelated articles and insertions
	vocab      []string
}

// next returns the next story pair in the shuffled order.
func (g *generator) next() mrpc.Pair {
	if len(g.order) == 0 {
		for _, i := range g.rng.Perm(len(g.storyPairs)) {
			g.order = append(g.order, g.storyPairs[i])
		}
	}
	p := g.pairs[g.order[0]]
	g.order = g.order[1:]
	return p
}

// story returns 5 to 7 sentences, each with its paraphrase when its pair is
// a positive one.
func (g *generator) story() []sentence {
	k := 5 + g.rng.Intn(3)
	out := make([]sentence, k)
	for i := range out {
		p := g.next()
		out[i] = sentence{text: p.S1}
		if p.Label == 1 {
			out[i].para = p.S2
		}
	}
	return out
}

// unrelated returns 4 to 8 filler sentences drawn at random.
func (g *generator) unrelated() []sentence {
	k := 4 + g.rng.Intn(5)
	out := make([]sentence, k)
	for i := range out {
		out[i] = sentence{text: g.filler()}
	}
	return out
}

// filler returns a sentence of the pairs kept apart from the stories.
func (g *generator) filler() string {
	if len(g.fillers) == 0 {
		return g.pairs[g.rng.Intn(len(g.pairs))].S2
	}
	return g.fillers[g.rng.Intn(len(g.fillers))]
}

// datelines are put before a variant's first paragraph.
var datelines = []string{"WASHINGTON (AP) \u2014 ", "LONDON \u2014 ", "NEW YORK (Reuters) - ", "SYDNEY, Australia \u2014 ", "PARIS (AFP) - "}

// variant returns the sentences of one kind of variant of base. A dateline
// is returned as a first sentence ending in a dash.
func (g *generator) variant(kind string, base []sentence) []sentence {
	s := append([]sentence(nil), base...)
	switch kind {
	case KindCopy:
		for i := range s {
			s[i].text = strings.ReplaceAll(s[i].text, " ", "  ")
			s[i].text = strings.ReplaceAll(s[i].text, "\"", "\u201C")
		}
	case KindDateline:
		s[0].text = datelines[g.rng.Intn(len(datelines))] + s[0].text
	case KindTrim:
		s = s[:len(s)-1-g.rng.Intn(2)]
	case KindInsert:
		at := g.rng.Intn(len(s) + 1)
		extra := sentence{text: g.filler()}
		s = append(s[:at], append([]sentence{extra}, s[at:]...)...)
	case KindEdit:
		g.edit(s, 1+g.rng.Intn(3))
	case KindTrimEdit:
		s = s[:len(s)-1]
		g.edit(s, 1+g.rng.Intn(2))
	case KindParaphrase, KindHalf:
		n := 0
		for i := range s {
			if s[i].para == "" {
				continue
			}
			if kind == KindParaphrase || n%2 == 0 {
				s[i].text = s[i].para
			}
			n++
		}
	case KindLead:
		s = s[:3]
	}
	return s
}

// edit changes n words across the sentences: each replaced by a word of the
// vocabulary, or dropped.
func (g *generator) edit(s []sentence, n int) {
	for ; n > 0; n-- {
		i := g.rng.Intn(len(s))
		words := strings.Fields(s[i].text)
		if len(words) < 4 {
			continue
		}
		j := 1 + g.rng.Intn(len(words)-1)
		if g.rng.Intn(2) == 0 {
			words[j] = g.vocab[g.rng.Intn(len(g.vocab))]
		} else {
			words = append(words[:j], words[j+1:]...)
		}
		s[i].text = strings.Join(words, " ")
	}
}

// article lays sentences out as a body: paragraphs of one or two sentences
// separated by blank lines, with no headline.
func (g *generator) article(id string, s []sentence, at time.Time) *newsmerge.Article {
	var b strings.Builder
	for i, sen := range s {
		switch {
		case i == 0:
		case i%2 == 0:
			b.WriteString("\n\n")
		default:
			b.WriteString(" ")
		}
		b.WriteString(sen.text)
	}
	return &newsmerge.Article{ID: id, Published: at, Body: b.String()}
}
