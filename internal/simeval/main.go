// Command simeval measures newsmerge's sentence scorer (newsmerge.NewScorer,
// Compare, Score.Core and Score.Value) on three development sets, next to
// two naive baselines computed in the same run: word-set Jaccard and a
// TF-IDF cosine.
//
// Usage, from the repository root:
//
//	go run ./internal/simeval [-data ../shared/eval] [-set sts|paws|mrpc|all]
//
// The data is read from -data (default ../shared/eval; see its README.md):
//
//   - stsb/sts-dev.csv, stsb/sts-train.csv: STS Benchmark (Cer et al. 2017,
//     http://ixa2.si.ehu.eus/stswiki); scores CC BY-SA 4.0, texts under the
//     licence of each source (stsb/LICENSE.txt; MSRpar under Microsoft
//     Research's terms). Pearson and Spearman (x100) between each score and
//     the gold 0-5, over all dev pairs and over genre main-news (MSRpar and
//     headlines).
//   - paws/dev.tsv: PAWS-Wiki labelled final dev (Zhang, Baldridge and He
//     2019), Google, free for any purpose. ROC AUC (x100) and the accuracy of
//     a threshold chosen by 2-fold cross-validation.
//   - mrpc/msr_paraphrase_dev.txt, mrpc/msr_paraphrase_train.txt: Microsoft
//     Research Paraphrase Corpus (Dolan, Quirk and Brockett 2004), research
//     use. Accuracy and F1 of the library's own decision, as
//     examples/similarity makes it, and of the baselines with a threshold
//     chosen on train.
//
// Jaccard and TF-IDF use the tokens of newsmerge.Tokenize (words and
// numbers, folded: lower-cased, diacritics removed). The TF-IDF weight is
// raw count times ln((1+N)/(1+df))+1. Where the word rarity for the Scorer
// (newsmerge.Weights) and the IDF come from is printed under each table.
//
// When the data is absent it prints one line saying where it comes from and
// exits 0. It runs in about 1.5 s. Example output (go run ./internal/simeval
// at the commit that added this comment):
//
//	STS Benchmark dev (stsb/sts-dev.csv): 1500 pairs, 0 malformed rows skipped; main-news 500 pairs; correlation with the gold 0-5, x100
//	score    Pearson  Spearman  news Pearson  news Spearman
//	Core        60.5      61.2          61.1           61.2
//	Value       57.6      54.9          60.1           59.3
//	Jaccard     64.8      65.2          70.4           67.7
//	TF-IDF      74.7      74.9          77.6           72.3
//	Scorer Weights and TF-IDF IDF counted over the 11498 sentences of stsb/sts-train.csv (0 malformed rows skipped); nothing is fitted on dev.
//
//	PAWS-Wiki dev (paws/dev.tsv): 8000 pairs (44.2% paraphrase), 0 malformed rows skipped
//	score     ROC AUC  accuracy  thr on even  thr on odd
//	Core         45.7      55.8        0.997       0.997
//	Value        67.0      67.1        0.883       0.894
//	Jaccard      50.1      55.8         +Inf        +Inf
//	TF-IDF       50.0      55.8         +Inf        +Inf
//	constant     50.0      55.8         +Inf        +Inf
//	accuracy: 2-fold cross-validation by id parity (4000 even, 4000 odd ids): the threshold with the best accuracy on one fold
//	is measured on the other, both ways, and the two held-out accuracies averaged; constant (every pair scores 0) is the majority class.
//	Scorer Weights and TF-IDF IDF counted over the 16000 sentences of paws/dev.tsv itself (no labels; PAWS has no train file here).
//
//	MRPC dev (mrpc/msr_paraphrase_dev.txt): 407 pairs (67.3% paraphrase), 0 malformed rows skipped
//	score              threshold   chosen  accuracy    F1  ROC AUC
//	Core                   0.430  library      76.4  82.7     82.5
//	Value                  0.430  library      71.7  78.1     79.1
//	Link                       -  library      74.7  81.6        -
//	Jaccard                0.397    train      70.8  78.9     74.1
//	TF-IDF                 0.543    train      71.5  79.4     76.5
//	always paraphrase          -        -      67.3  80.5        -
//	Core and Value: score >= newsmerge.DefaultThreshold with Weights over the 814 dev sentences, as examples/similarity decides (on Core);
//	Link: positive when Scorer.Link says same, conflict or covers. Jaccard and TF-IDF: the threshold with the best accuracy on
//	mrpc/msr_paraphrase_train.txt (3669 pairs, 0 malformed rows skipped), TF-IDF IDF over its sentences.
//
//	summary: STS-B dev Pearson Core 60.5, Value 57.6 vs Jaccard 64.8, TF-IDF 74.7; PAWS dev AUC Value 67.0, Core 45.7 vs Jaccard 50.1, TF-IDF 50.0; MRPC dev acc/F1 library (Core) 76.4/82.7 vs Jaccard 70.8/78.9, always paraphrase 67.3/80.5
package main

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"

	"github.com/newsmerge/newsmerge"
)

const (
	stsDev    = "stsb/sts-dev.csv"
	stsTrain  = "stsb/sts-train.csv"
	pawsDev   = "paws/dev.tsv"
	mrpcDev   = "mrpc/msr_paraphrase_dev.txt"
	mrpcTrain = "mrpc/msr_paraphrase_train.txt"
)

func main() {
	data := flag.String("data", "../shared/eval", "folder of the evaluation data (stsb/, paws/, mrpc/)")
	set := flag.String("set", "all", "which set to measure: sts, paws, mrpc or all")
	flag.Parse()
	if flag.NArg() > 0 {
		usage()
	}
	var sets []string
	switch *set {
	case "all":
		sets = []string{"sts", "paws", "mrpc"}
	case "sts", "paws", "mrpc":
		sets = []string{*set}
	default:
		usage()
	}
	need := map[string][]string{"sts": {stsDev, stsTrain}, "paws": {pawsDev}, "mrpc": {mrpcDev, mrpcTrain}}
	for _, s := range sets {
		for _, f := range need[s] {
			if _, err := os.Stat(filepath.Join(*data, f)); errors.Is(err, fs.ErrNotExist) {
				fmt.Printf("simeval: no %s under %s: the STS Benchmark, PAWS-Wiki and MRPC development sets are in ../shared/eval (see its README.md); pass -data DIR\n", f, *data)
				return
			}
		}
	}
	var summary []string
	for i, s := range sets {
		if i > 0 {
			fmt.Println()
		}
		var line string
		var err error
		switch s {
		case "sts":
			line, err = runSTS(*data)
		case "paws":
			line, err = runPAWS(*data)
		case "mrpc":
			line, err = runMRPC(*data)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "simeval:", err)
			os.Exit(1)
		}
		summary = append(summary, line)
	}
	fmt.Println()
	fmt.Println("summary: " + strings.Join(summary, "; "))
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: simeval [-data DIR] [-set sts|paws|mrpc|all]")
	os.Exit(2)
}

// scores holds every score of a set's pairs, one slice per row of its table.
type scores struct {
	core, value, jaccard, tfidf []float64
	link                        []newsmerge.Link
}

// score measures every pair with s (in parallel, results in pair order)
// and with the baselines, the TF-IDF weights taken from m.
func score(s *newsmerge.Scorer, m *idf, pairs []pair) scores {
	n := len(pairs)
	out := scores{
		core: make([]float64, n), value: make([]float64, n),
		jaccard: make([]float64, n), tfidf: make([]float64, n),
		link: make([]newsmerge.Link, n),
	}
	workers := runtime.NumCPU()
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; i < n; i += workers {
				p := pairs[i]
				if s != nil {
					link, sc := s.Link(s.Prepare(p.S1), s.Prepare(p.S2))
					out.core[i], out.value[i], out.link[i] = sc.Core, sc.Value, link
				}
				a, b := words(p.S1), words(p.S2)
				out.jaccard[i] = jaccard(a, b)
				out.tfidf[i] = m.cosine(a, b)
			}
		}(w)
	}
	wg.Wait()
	return out
}

// weightsAndIDF returns newsmerge Weights and document frequencies counted
// over both sentences of every pair.
func weightsAndIDF(pairs []pair) (*newsmerge.Weights, *idf) {
	w, m := newsmerge.NewWeights(), newIDF()
	for _, p := range pairs {
		w.Add(p.S1)
		w.Add(p.S2)
		m.add(words(p.S1))
		m.add(words(p.S2))
	}
	return w, m
}

// f formats a figure x100 with one decimal, "-" for NaN.
func f(x float64) string {
	if math.IsNaN(x) {
		return "-"
	}
	return strconv.FormatFloat(100*x, 'f', 1, 64)
}

// thr formats a threshold.
func thr(t float64) string {
	if math.IsInf(t, 1) {
		return "+Inf"
	}
	return strconv.FormatFloat(t, 'f', 3, 64)
}

// table prints rows in fixed-width columns: the first left-aligned, the
// others right-aligned.
func table(head []string, rows [][]string) {
	width := make([]int, len(head))
	for _, r := range append([][]string{head}, rows...) {
		for j, c := range r {
			if len(c) > width[j] {
				width[j] = len(c)
			}
		}
	}
	for _, r := range append([][]string{head}, rows...) {
		var b strings.Builder
		for j, c := range r {
			if j == 0 {
				fmt.Fprintf(&b, "%-*s", width[j], c)
			} else {
				fmt.Fprintf(&b, "  %*s", width[j], c)
			}
		}
		fmt.Println(b.String())
	}
}

func runSTS(dir string) (string, error) {
	train, trainBad, err := readFile(filepath.Join(dir, stsTrain), parseSTS)
	if err != nil {
		return "", err
	}
	dev, bad, err := readFile(filepath.Join(dir, stsDev), parseSTS)
	if err != nil {
		return "", err
	}
	weights, m := weightsAndIDF(train)
	s := newsmerge.NewScorer()
	s.Weights = weights
	sc := score(s, m, dev)
	gold := make([]float64, len(dev))
	var news []int
	for i, p := range dev {
		gold[i] = p.Gold
		if p.Genre == "main-news" {
			news = append(news, i)
		}
	}
	pick := func(x []float64) []float64 {
		out := make([]float64, len(news))
		for k, i := range news {
			out[k] = x[i]
		}
		return out
	}
	fmt.Printf("STS Benchmark dev (%s): %d pairs, %d malformed rows skipped; main-news %d pairs; correlation with the gold 0-5, x100\n",
		stsDev, len(dev), bad, len(news))
	rows := [][]string{}
	var r = map[string][4]float64{}
	for _, row := range []struct {
		name string
		x    []float64
	}{{"Core", sc.core}, {"Value", sc.value}, {"Jaccard", sc.jaccard}, {"TF-IDF", sc.tfidf}} {
		v := [4]float64{pearson(row.x, gold), spearman(row.x, gold), pearson(pick(row.x), pick(gold)), spearman(pick(row.x), pick(gold))}
		r[row.name] = v
		rows = append(rows, []string{row.name, f(v[0]), f(v[1]), f(v[2]), f(v[3])})
	}
	table([]string{"score", "Pearson", "Spearman", "news Pearson", "news Spearman"}, rows)
	fmt.Printf("Scorer Weights and TF-IDF IDF counted over the %d sentences of %s (%d malformed rows skipped); nothing is fitted on dev.\n",
		2*len(train), stsTrain, trainBad)
	return fmt.Sprintf("STS-B dev Pearson Core %s, Value %s vs Jaccard %s, TF-IDF %s",
		f(r["Core"][0]), f(r["Value"][0]), f(r["Jaccard"][0]), f(r["TF-IDF"][0])), nil
}

func runPAWS(dir string) (string, error) {
	dev, bad, err := readFile(filepath.Join(dir, pawsDev), parsePAWS)
	if err != nil {
		return "", err
	}
	weights, m := weightsAndIDF(dev)
	s := newsmerge.NewScorer()
	s.Weights = weights
	sc := score(s, m, dev)
	labels := make([]bool, len(dev))
	inA := make([]bool, len(dev))
	pos, nA := 0, 0
	for i, p := range dev {
		labels[i] = p.label()
		if labels[i] {
			pos++
		}
		id, err := strconv.Atoi(p.ID)
		if err != nil {
			id = i // not a number: the row's position decides
		}
		inA[i] = id%2 == 0
		if inA[i] {
			nA++
		}
	}
	fmt.Printf("PAWS-Wiki dev (%s): %d pairs (%s%% paraphrase), %d malformed rows skipped\n",
		pawsDev, len(dev), f(float64(pos)/float64(len(dev))), bad)
	constant := make([]float64, len(dev))
	rows := [][]string{}
	r := map[string]float64{}
	for _, row := range []struct {
		name string
		x    []float64
	}{{"Core", sc.core}, {"Value", sc.value}, {"Jaccard", sc.jaccard}, {"TF-IDF", sc.tfidf}, {"constant", constant}} {
		a := auc(row.x, labels)
		acc, tA, tB := twoFold(row.x, labels, inA)
		r[row.name] = a
		rows = append(rows, []string{row.name, f(a), f(acc), thr(tA), thr(tB)})
	}
	table([]string{"score", "ROC AUC", "accuracy", "thr on even", "thr on odd"}, rows)
	fmt.Printf("accuracy: 2-fold cross-validation by id parity (%d even, %d odd ids): the threshold with the best accuracy on one fold\n", nA, len(dev)-nA)
	fmt.Println("is measured on the other, both ways, and the two held-out accuracies averaged; constant (every pair scores 0) is the majority class.")
	fmt.Printf("Scorer Weights and TF-IDF IDF counted over the %d sentences of %s itself (no labels; PAWS has no train file here).\n", 2*len(dev), pawsDev)
	return fmt.Sprintf("PAWS dev AUC Value %s, Core %s vs Jaccard %s, TF-IDF %s",
		f(r["Value"]), f(r["Core"]), f(r["Jaccard"]), f(r["TF-IDF"])), nil
}

func runMRPC(dir string) (string, error) {
	train, trainBad, err := readFile(filepath.Join(dir, mrpcTrain), parseMRPC)
	if err != nil {
		return "", err
	}
	dev, bad, err := readFile(filepath.Join(dir, mrpcDev), parseMRPC)
	if err != nil {
		return "", err
	}
	_, m := weightsAndIDF(train)
	trainSc := score(nil, m, train)
	trainLabels := make([]bool, len(train))
	for i, p := range train {
		trainLabels[i] = p.label()
	}
	// The library's decision as examples/similarity makes it: word
	// weights over all the sentences of its input, Score.Core at or above
	// DefaultThreshold.
	devWeights, _ := weightsAndIDF(dev)
	s := newsmerge.NewScorer()
	s.Weights = devWeights
	sc := score(s, m, dev)
	labels := make([]bool, len(dev))
	pos := 0
	for i, p := range dev {
		labels[i] = p.label()
		if labels[i] {
			pos++
		}
	}
	fmt.Printf("MRPC dev (%s): %d pairs (%s%% paraphrase), %d malformed rows skipped\n",
		mrpcDev, len(dev), f(float64(pos)/float64(len(dev))), bad)
	rows := [][]string{}
	r := map[string]counts{}
	add := func(name string, x []float64, t float64, how string) {
		c := confusion(x, labels, t)
		r[name] = c
		rows = append(rows, []string{name, thr(t), how, f(c.Accuracy()), f(c.F1()), f(auc(x, labels))})
	}
	add("Core", sc.core, newsmerge.DefaultThreshold, "library")
	add("Value", sc.value, newsmerge.DefaultThreshold, "library")
	linked := make([]float64, len(dev))
	for i, l := range sc.link {
		if l != newsmerge.LinkNone {
			linked[i] = 1
		}
	}
	c := confusion(linked, labels, 1)
	rows = append(rows, []string{"Link", "-", "library", f(c.Accuracy()), f(c.F1()), "-"})
	add("Jaccard", sc.jaccard, bestThreshold(trainSc.jaccard, trainLabels), "train")
	add("TF-IDF", sc.tfidf, bestThreshold(trainSc.tfidf, trainLabels), "train")
	c = confusion(make([]float64, len(dev)), labels, 0)
	r["always"] = c
	rows = append(rows, []string{"always paraphrase", "-", "-", f(c.Accuracy()), f(c.F1()), "-"})
	table([]string{"score", "threshold", "chosen", "accuracy", "F1", "ROC AUC"}, rows)
	fmt.Printf("Core and Value: score >= newsmerge.DefaultThreshold with Weights over the %d dev sentences, as examples/similarity decides (on Core);\n", 2*len(dev))
	fmt.Println("Link: positive when Scorer.Link says same, conflict or covers. Jaccard and TF-IDF: the threshold with the best accuracy on")
	fmt.Printf("%s (%d pairs, %d malformed rows skipped), TF-IDF IDF over its sentences.\n", mrpcTrain, len(train), trainBad)
	return fmt.Sprintf("MRPC dev acc/F1 library (Core) %s/%s vs Jaccard %s/%s, always paraphrase %s/%s",
		f(r["Core"].Accuracy()), f(r["Core"].F1()), f(r["Jaccard"].Accuracy()), f(r["Jaccard"].F1()),
		f(r["always"].Accuracy()), f(r["always"].F1())), nil
}
