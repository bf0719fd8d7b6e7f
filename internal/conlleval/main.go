// Command conlleval measures newsmerge's entity recognition (Analyze) on the
// CoNLL-2003 English development set (eng.testa) and compares it with two
// naive baselines computed in the same run.
//
// Data: CoNLL-2003 English NER (Tjong Kim Sang and De Meulder 2003,
// https://www.clips.uantwerpen.be/conll2003/ner/), Reuters news; the
// annotations are free, the Reuters text is for research use. It is read
// from DIR/conll2003/eng.train and DIR/conll2003/eng.testa (see
// ../shared/eval/README.md); the program prints where the data comes from
// and exits 0 when it is absent.
//
// How: every document (text between -DOCSTART- lines) becomes an Article
// whose ID is its number (1, 2, ...) and whose Body is its sentences, one a
// line, tokens joined by single spaces. Analyze runs once per document (the
// main figure) and once on all documents together (the second row: names
// joined, and typed, across unrelated documents). Every Mention of every
// Entity becomes a span of the tokens its byte offsets overlap (counted
// when they do not fall on token boundaries), typed EntityPerson -> PER,
// EntityOrg -> ORG, EntityPlace -> LOC, EntityOther -> MISC; overlapping
// spans keep the first (longest). Scores are entity-level precision, recall
// and F1 with exact span and type (the conlleval convention: a right span
// with a wrong type is a false positive and a false negative), overall and
// per type, and untyped span F1 (right span, any type). Gold tags are read
// the conlleval way, so IOB1 and IOB2 files read alike (the files here use
// B- at the start of every entity, IOB2).
//
// Baselines, built from eng.train only: the shared-task baseline (every
// token sequence that is a whole entity in training, with its most frequent
// type, found left to right, longest first, case-sensitive), and
// capitalised runs that do not begin a sentence, typed by the most frequent
// type of the training entities their first word begins (MISC when none).
// Nothing is tuned: no threshold or parameter is chosen on any data.
//
// Run from the repository root:
//
//	go run ./internal/conlleval [-data ../shared/eval] [-file eng.testa]
//
// Output (eng.testa):
//
//	CoNLL-2003 English eng.testa: 216 documents, 3250 sentences, 51362 tokens, 5942 entities (LOC 1837, MISC 922, ORG 1341, PER 1842)
//	entity-level, exact span and type (conlleval); untyped: exact span, any type
//	nothing tuned; baselines learn from eng.train only (dictionary of 8082 entity strings)
//
//	system                          pred      P      R     F1  untypF1    LOC   MISC    ORG    PER
//	newsmerge, one doc a call       4906  0.640  0.529  0.579    0.781  0.830  0.153  0.429  0.698
//	newsmerge, all docs one call    5068  0.647  0.552  0.596    0.787  0.839  0.146  0.446  0.718
//	baseline: train dictionary      4948  0.783  0.652  0.712    0.742  0.805  0.835  0.664  0.552
//	baseline: capitalised runs      5291  0.572  0.510  0.539    0.695  0.684  0.322  0.482  0.671
//
//	newsmerge, one doc a call, by type:
//	type   gold  pred    TP      P      R     F1
//	LOC    1837  1847  1528  0.827  0.832  0.830
//	MISC    922  1399   177  0.127  0.192  0.153
//	ORG    1341   543   404  0.744  0.301  0.429
//	PER    1842  1117  1032  0.924  0.560  0.698
//	right span: gold type (rows) by predicted type
//	        LOC  MISC   ORG   PER
//	LOC    1528   123    13     7
//	MISC     22   177    28     4
//	ORG     179   288   404    22
//	PER      27   378     2  1032
//	mentions (one doc a call): 4906, snapped to token boundaries 24, unmapped 0, across sentences 0, dropped as overlapping 0
//	mentions (all docs one call): 5068, snapped to token boundaries 24, unmapped 0, across sentences 0, dropped as overlapping 0
//	Analyze took 76ms in 216 calls of one document, 72ms in one call of all 216
//	summary: eng.testa typed F1 newsmerge 0.579 (P 0.640, R 0.529, untyped F1 0.781), train-dictionary baseline 0.712, capitalised-runs baseline 0.539
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/newsmerge/newsmerge"
)

func main() {
	data := flag.String("data", "../shared/eval", "folder holding conll2003/")
	file := flag.String("file", "eng.testa", "file of conll2003/ to score")
	trainFile := flag.String("train", "eng.train", "file of conll2003/ the baselines learn from")
	flag.Parse()
	dir := filepath.Join(*data, "conll2003")
	devPath, trainPath := filepath.Join(dir, *file), filepath.Join(dir, *trainFile)
	for _, p := range []string{devPath, trainPath} {
		if _, err := os.Stat(p); err != nil {
			fmt.Printf("conlleval: no %s: it is CoNLL-2003 English NER (Tjong Kim Sang and De Meulder 2003, https://www.clips.uantwerpen.be/conll2003/ner/; Reuters text for research use); see ../shared/eval/README.md\n", p)
			return
		}
	}
	dev, err := readFile(devPath)
	if err != nil {
		fatal(err)
	}
	train, err := readFile(trainPath)
	if err != nil {
		fatal(err)
	}
	gold := GoldSpans(dev)
	sentences, tokens := 0, 0
	for _, d := range dev {
		sentences += len(d.Sentences)
		tokens += len(d.Tokens())
	}
	goldBy := map[string]int{}
	for _, g := range gold {
		goldBy[g.Type]++
	}
	var gb []string
	for _, t := range Types {
		gb = append(gb, fmt.Sprintf("%s %d", t, goldBy[t]))
	}
	fmt.Printf("CoNLL-2003 English %s: %d documents, %d sentences, %d tokens, %d entities (%s)\n",
		*file, len(dev), sentences, tokens, len(gold), strings.Join(gb, ", "))

	// newsmerge
	arts := make([]*newsmerge.Article, len(dev))
	offs := make([][][2]int, len(dev))
	sentOf := make([][]int, len(dev))
	docIndex := map[string]int{}
	for i, d := range dev {
		body, o := Body(d)
		id := strconv.Itoa(i + 1)
		arts[i] = &newsmerge.Article{ID: id, Body: body}
		offs[i], sentOf[i] = o, SentenceIndex(d)
		docIndex[id] = i
	}
	var perDoc []newsmerge.Entity
	t0 := time.Now()
	for _, a := range arts {
		an, err := newsmerge.Analyze([]*newsmerge.Article{a})
		if err != nil {
			fatal(err)
		}
		perDoc = append(perDoc, an.Entities...)
	}
	perDocTime := time.Since(t0)
	t0 = time.Now()
	all, err := newsmerge.Analyze(arts)
	if err != nil {
		fatal(err)
	}
	allTime := time.Since(t0)
	nmSpans, nmStats := MentionSpans(perDoc, docIndex, offs, sentOf)
	allSpans, allStats := MentionSpans(all.Entities, docIndex, offs, sentOf)

	// baselines
	dict := NewDictionary(train)
	dictSpans := dict.Tag(dev)
	capSpans := CapitalRuns(dev, WordTypes(train))

	type row struct {
		name  string
		spans []Span
	}
	rows := []row{
		{"newsmerge, one doc a call", nmSpans},
		{"newsmerge, all docs one call", allSpans},
		{"baseline: train dictionary", dictSpans},
		{"baseline: capitalised runs", capSpans},
	}
	fmt.Println("entity-level, exact span and type (conlleval); untyped: exact span, any type")
	fmt.Printf("nothing tuned; baselines learn from %s only (dictionary of %d entity strings)\n\n", *trainFile, dict.Len())
	fmt.Printf("%-30s %5s %6s %6s %6s %8s", "system", "pred", "P", "R", "F1", "untypF1")
	for _, t := range Types {
		fmt.Printf(" %6s", t)
	}
	fmt.Println()
	results := make([]Result, len(rows))
	for i, r := range rows {
		res := Score(gold, r.spans)
		results[i] = res
		fmt.Printf("%-30s %5d %6.3f %6.3f %6.3f %8.3f", r.name, len(r.spans), res.All.Precision(), res.All.Recall(), res.All.F1(), res.Untyped.F1())
		for _, t := range Types {
			fmt.Printf(" %6.3f", res.ByType[t].F1())
		}
		fmt.Println()
	}

	fmt.Printf("\nnewsmerge, one doc a call, by type:\n%-5s %5s %5s %5s %6s %6s %6s\n", "type", "gold", "pred", "TP", "P", "R", "F1")
	for _, t := range Types {
		c := results[0].ByType[t]
		fmt.Printf("%-5s %5d %5d %5d %6.3f %6.3f %6.3f\n", t, c.TP+c.FN, c.TP+c.FP, c.TP, c.Precision(), c.Recall(), c.F1())
	}
	conf := Confusion(gold, nmSpans)
	fmt.Printf("right span: gold type (rows) by predicted type\n%-5s", "")
	for _, t := range Types {
		fmt.Printf(" %5s", t)
	}
	fmt.Println()
	for _, g := range Types {
		fmt.Printf("%-5s", g)
		for _, p := range Types {
			fmt.Printf(" %5d", conf[[2]string{g, p}])
		}
		fmt.Println()
	}
	for _, s := range []struct {
		name string
		st   MapStats
	}{{"one doc a call", nmStats}, {"all docs one call", allStats}} {
		fmt.Printf("mentions (%s): %d, snapped to token boundaries %d, unmapped %d, across sentences %d, dropped as overlapping %d\n",
			s.name, s.st.Mentions, s.st.Snapped, s.st.Unmapped, s.st.CrossLine, s.st.Dropped)
	}
	fmt.Printf("Analyze took %s in %d calls of one document, %s in one call of all %d\n",
		perDocTime.Round(time.Millisecond), len(arts), allTime.Round(time.Millisecond), len(arts))
	r, d, c := results[0], results[2], results[3]
	fmt.Printf("summary: %s typed F1 newsmerge %.3f (P %.3f, R %.3f, untyped F1 %.3f), train-dictionary baseline %.3f, capitalised-runs baseline %.3f\n",
		*file, r.All.F1(), r.All.Precision(), r.All.Recall(), r.Untyped.F1(), d.All.F1(), c.All.F1())
}

func readFile(name string) ([]Document, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	docs, err := ReadCoNLL(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return docs, nil
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "conlleval:", err)
	os.Exit(1)
}
