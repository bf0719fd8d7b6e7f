// Command ecbeval measures how newsmerge.GroupArticles puts real news
// articles into stories, on ECB+ topics 1-35 (the development topics).
//
// Data: ../shared/eval/ecb (see ../shared/eval/README.md): 772 articles of
// ECB+ 1.0 (Cybulska and Vossen 2014) in 33 topics, each topic holding two
// similar but different events (sub-topics). Annotation CC BY 3.0; the
// texts are not copyrighted. Two articles report the same story when their
// sub-topics are equal; the two sub-topics of one topic are the
// similar-event trap.
//
// Scores, over all unordered pairs of the 772 articles: pair precision,
// recall and F1 (pairs in one predicted group against pairs of one
// sub-topic), the number of predicted groups and of singletons, the topics
// whose two sub-topics some predicted group joins (traps), and the
// predicted pairs across topics.
//
// Methods, all in one run:
//   - newsmerge.GroupArticles with default options, and with the most
//     permissive documented rewrite option: DedupOptions.MinRewrite set
//     to the smallest positive float64 (zero means the default 0.2). The
//     articles are read with newsmerge.ParseText, ID = the document's ID.
//   - Baseline: all-pairs TF-IDF cosine (lower-cased word tokens, IDF over
//     all 772 articles, no labels) + union-find of the pairs at or above a
//     threshold. The threshold (grid 0.005 to 0.995, step 0.005) is chosen
//     by 5-fold cross-validation by topic: topics sorted by number, the
//     i-th in fold i%5; for each fold, the threshold maximising pair F1 on
//     the other four folds' articles (all pairs among them) is applied to
//     the fold's articles; the held-out groupings are pooled and scored.
//     So the baseline never joins articles of two different folds, while
//     newsmerge sees the whole corpus at once (see the cross column).
//   - For information: word 3-shingle Jaccard + union-find, and the TF-IDF
//     cosine with average linkage (UPGMA, cut at the threshold), both with
//     the threshold chosen the same way.
//
// Run from the repository root:
//
//	go run ./internal/ecbeval [-data ../shared/eval] [-v]
//
// -v also lists the newsmerge groups that hold more than one sub-topic.
// It runs in about 10 s on 2 CPUs (GroupArticles about 2 s a run).
//
// Example output:
//
//	ECB+ topics 1-35 at ../shared/eval/ecb: 772 articles, 33 topics
//
//	method                                P      R     F1 groups single  traps   cross
//	gold (sub-topics)                 1.000  1.000  1.000     66      0   0/33       0
//	newsmerge default                 0.925  0.198  0.327    505    419   1/33       0
//	newsmerge MinRewrite=min>0        0.901  0.293  0.442    415    325   3/33       0
//	TF-IDF cosine + union-find        0.692  0.842  0.760    114     58  15/33       0
//	3-shingle Jaccard + union-find    0.802  0.562  0.661    261    176   7/33       0
//	TF-IDF cosine, average linkage    0.748  0.821  0.783    114     46  12/33       0
//	(pairs over all 772 articles: 4491 gold pairs; traps: topics with a group holding both sub-topics; cross: predicted pairs across topics)
//	baselines: threshold chosen by 5-fold CV over topics (topic i-th by number in fold i%5), max pair F1 on 4 folds, applied to the 5th; held-out folds pooled
//	TF-IDF cosine + union-find: thresholds by held-out fold 0.315 0.360 0.315 0.295 0.360
//	3-shingle Jaccard + union-find: thresholds by held-out fold 0.030 0.030 0.025 0.025 0.030
//	TF-IDF cosine, average linkage: thresholds by held-out fold 0.280 0.210 0.245 0.280 0.245
//	newsmerge default: GroupArticles 2.482s; members first 505, near-copy 10, rewrite 257
//	newsmerge MinRewrite=min>0: GroupArticles 3.249s; members first 415, near-copy 10, rewrite 347
//	traps joined by newsmerge default: 35
//	traps joined by newsmerge MinRewrite=min>0: 5 9 35
//	traps joined by TF-IDF cosine + union-find: 5 7 9 10 11 12 14 20 24 25 27 28 29 30 35
//	traps joined by 3-shingle Jaccard + union-find: 9 10 14 20 21 25 35
//	traps joined by TF-IDF cosine, average linkage: 5 7 9 10 11 12 20 24 25 27 29 35
//	summary: newsmerge default pair F1 0.327 (P 0.925 R 0.198, 1/33 traps) vs TF-IDF+union-find CV F1 0.760 (P 0.692 R 0.842, 15/33 traps); run 11s
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/newsmerge/newsmerge"
)

// doc is one ECB+ article with its gold labels.
type doc struct {
	ID, Topic, Subtopic string
	Text                string
}

// goldFile is the part of gold.json read here.
type goldFile struct {
	Docs map[string]struct {
		Topic    string `json:"topic"`
		Subtopic string `json:"subtopic"`
	} `json:"docs"`
}

// result is one method's grouping and scores.
type result struct {
	name    string
	pred    []int
	counts  pairCounts
	groups  int
	singles int
	traps   []string
	cross   int
}

func main() {
	data := flag.String("data", "../shared/eval", "folder of the evaluation data (holds ecb/)")
	verbose := flag.Bool("v", false, "also list the newsmerge groups that hold more than one sub-topic")
	flag.Parse()
	dir := filepath.Join(*data, "ecb")
	if _, err := os.Stat(filepath.Join(dir, "gold.json")); err != nil {
		fmt.Printf("ecbeval: no ECB+ data at %s (ECB+ topics 1-35, Cybulska and Vossen 2014, see ../shared/eval/README.md); nothing to measure\n", dir)
		return
	}
	start := time.Now()
	docs, err := load(dir)
	if err != nil {
		fatal(err)
	}
	n := len(docs)
	topic := make([]string, n)
	sub := make([]string, n)
	topicSet := make(map[string]bool)
	for i, d := range docs {
		topic[i], sub[i] = d.Topic, d.Subtopic
		topicSet[d.Topic] = true
	}
	topics := make([]string, 0, len(topicSet))
	for t := range topicSet {
		topics = append(topics, t)
	}
	sort.Slice(topics, func(i, j int) bool { return lessTopic(topics[i], topics[j]) })
	score := func(name string, pred []int) result {
		g, s := groupSizes(pred)
		return result{name: name, pred: pred, counts: countPairs(pred, sub), groups: g, singles: s,
			traps: trapsJoined(pred, topic, sub), cross: crossPairs(pred, topic)}
	}
	fmt.Printf("ECB+ topics 1-35 at %s: %d articles, %d topics\n", dir, n, len(topics))

	arts := make([]*newsmerge.Article, n)
	for i, d := range docs {
		if arts[i], err = newsmerge.ParseText(d.ID, strings.NewReader(d.Text)); err != nil {
			fatal(err)
		}
	}
	gold := make([]int, n)
	subIndex := make(map[string]int)
	for i, s := range sub {
		if _, ok := subIndex[s]; !ok {
			subIndex[s] = i
		}
		gold[i] = subIndex[s]
	}
	results := []result{score("gold (sub-topics)", gold)}
	var timings []string
	for _, run := range []struct {
		name string
		opts *newsmerge.DedupOptions
	}{
		{"newsmerge default", nil},
		{"newsmerge MinRewrite=min>0", &newsmerge.DedupOptions{MinRewrite: math.SmallestNonzeroFloat64}},
	} {
		pred, took, rel, err := group(arts, run.opts)
		if err != nil {
			fatal(err)
		}
		results = append(results, score(run.name, pred))
		timings = append(timings, fmt.Sprintf("%s: GroupArticles %v; members %s", run.name, took.Round(time.Millisecond), rel))
	}

	toks := make([][]string, n)
	for i, d := range docs {
		toks[i] = words(d.Text)
	}
	vecs := tfidf(toks)
	tfSim := matrix(n, func(i, j int) float64 { return cosine(vecs[i], vecs[j]) })
	sh := make([][]string, n)
	for i := range toks {
		sh[i] = shingles(toks[i], 3)
	}
	shSim := matrix(n, func(i, j int) float64 { return jaccard(sh[i], sh[j]) })
	folds := topicFolds(topic, 5)
	var grid []float64
	for k := 1; k < 200; k++ {
		grid = append(grid, float64(k)/200)
	}
	var thresholds []string
	for _, b := range []struct {
		name  string
		group grouper
	}{
		{"TF-IDF cosine + union-find", singleLinkage(tfSim)},
		{"3-shingle Jaccard + union-find", singleLinkage(shSim)},
		{"TF-IDF cosine, average linkage", avgLinkage(tfSim)},
	} {
		pred, ts := crossValidate(b.group, sub, topic, folds, 5, grid)
		results = append(results, score(b.name, pred))
		thresholds = append(thresholds, fmt.Sprintf("%s: thresholds by held-out fold %s", b.name, formatFloats(ts)))
	}

	fmt.Printf("\n%-32s %6s %6s %6s %6s %6s %6s %7s\n", "method", "P", "R", "F1", "groups", "single", "traps", "cross")
	for _, r := range results {
		fmt.Printf("%-32s %6.3f %6.3f %6.3f %6d %6d %6s %7d\n", r.name, r.counts.precision(), r.counts.recall(), r.counts.f1(),
			r.groups, r.singles, fmt.Sprintf("%d/%d", len(r.traps), len(topics)), r.cross)
	}
	fmt.Printf("(pairs over all %d articles: %d gold pairs; traps: topics with a group holding both sub-topics; cross: predicted pairs across topics)\n",
		n, results[0].counts.Gold)
	fmt.Println("baselines: threshold chosen by 5-fold CV over topics (topic i-th by number in fold i%5), max pair F1 on 4 folds, applied to the 5th; held-out folds pooled")
	for _, t := range thresholds {
		fmt.Println(t)
	}
	for _, t := range timings {
		fmt.Println(t)
	}
	for _, r := range results[1:] {
		if len(r.traps) > 0 {
			fmt.Printf("traps joined by %s: %s\n", r.name, strings.Join(r.traps, " "))
		}
	}
	if *verbose {
		for _, r := range results[1:3] {
			listMixed(r, docs, arts)
		}
	}
	nm, base := results[1], results[3]
	fmt.Printf("summary: newsmerge default pair F1 %.3f (P %.3f R %.3f, %d/%d traps) vs TF-IDF+union-find CV F1 %.3f (P %.3f R %.3f, %d/%d traps); run %v\n",
		nm.counts.f1(), nm.counts.precision(), nm.counts.recall(), len(nm.traps), len(topics),
		base.counts.f1(), base.counts.precision(), base.counts.recall(), len(base.traps), len(topics),
		time.Since(start).Round(100*time.Millisecond))
}

// load reads gold.json and docs/ID.txt of every document, sorted by ID.
func load(dir string) ([]doc, error) {
	b, err := os.ReadFile(filepath.Join(dir, "gold.json"))
	if err != nil {
		return nil, err
	}
	var g goldFile
	if err := json.Unmarshal(b, &g); err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Join(dir, "gold.json"), err)
	}
	var docs []doc
	for id, d := range g.Docs {
		text, err := os.ReadFile(filepath.Join(dir, "docs", id+".txt"))
		if err != nil {
			return nil, err
		}
		docs = append(docs, doc{ID: id, Topic: d.Topic, Subtopic: d.Subtopic, Text: string(text)})
	}
	sort.Slice(docs, func(i, j int) bool { return docs[i].ID < docs[j].ID })
	if len(docs) == 0 {
		return nil, fmt.Errorf("%s: no documents", dir)
	}
	return docs, nil
}

// group runs GroupArticles and returns each article's group (the index
// of its group's first article), the time taken and the count of members
// by relation.
func group(arts []*newsmerge.Article, opts *newsmerge.DedupOptions) ([]int, time.Duration, string, error) {
	t0 := time.Now()
	groups, err := newsmerge.GroupArticles(arts, opts)
	took := time.Since(t0)
	if err != nil {
		return nil, took, "", err
	}
	index := make(map[string]int, len(arts))
	for i, a := range arts {
		index[a.ID] = i
	}
	pred := make([]int, len(arts))
	for i := range pred {
		pred[i] = -1
	}
	rel := make(map[string]int)
	for _, g := range groups {
		root := index[g.Members[0].Article.ID]
		for _, m := range g.Members {
			pred[index[m.Article.ID]] = root
			rel[fmt.Sprint(m.Relation)]++
		}
	}
	for i, p := range pred {
		if p < 0 {
			return nil, took, "", fmt.Errorf("article %s is in no group", arts[i].ID)
		}
	}
	names := make([]string, 0, len(rel))
	for k := range rel {
		names = append(names, k)
	}
	sort.Strings(names)
	parts := make([]string, len(names))
	for i, k := range names {
		parts[i] = fmt.Sprintf("%s %d", k, rel[k])
	}
	return pred, took, strings.Join(parts, ", "), nil
}

// matrix returns the symmetric matrix of sim over n items.
func matrix(n int, sim func(i, j int) float64) [][]float64 {
	m := make([][]float64, n)
	for i := range m {
		m[i] = make([]float64, n)
	}
	for i := 0; i < n; i++ {
		m[i][i] = 1
		for j := i + 1; j < n; j++ {
			m[i][j] = sim(i, j)
			m[j][i] = m[i][j]
		}
	}
	return m
}

// A grouper makes, for a set of items (article indexes), the function
// that groups them at a threshold.
type grouper func(items []int) func(t float64) []int

// singleLinkage groups items with thresholdGroups on sim.
func singleLinkage(sim [][]float64) grouper {
	return func(items []int) func(t float64) []int {
		return func(t float64) []int {
			return thresholdGroups(len(items), func(a, b int) float64 { return sim[items[a]][items[b]] }, t)
		}
	}
}

// avgLinkage groups items by cutting their average-linkage dendrogram on
// sim, built once per set of items.
func avgLinkage(sim [][]float64) grouper {
	return func(items []int) func(t float64) []int {
		merges := averageLinkage(len(items), func(a, b int) float64 { return sim[items[a]][items[b]] })
		return func(t float64) []int { return cut(len(items), merges, t) }
	}
}

// crossValidate chooses, for each of k folds of topics, the threshold of
// grid that maximises pair F1 of the grouper on the articles of the other
// folds, groups the fold's articles with it, and returns the pooled
// held-out grouping (labels are article indexes) and the thresholds by fold.
func crossValidate(group grouper, sub, topic []string, folds map[string]int, k int, grid []float64) ([]int, []float64) {
	pred := make([]int, len(sub))
	ts := make([]float64, k)
	for f := 0; f < k; f++ {
		var train, test []int
		for i, t := range topic {
			if folds[t] == f {
				test = append(test, i)
			} else {
				train = append(train, i)
			}
		}
		trainSub := make([]string, len(train))
		for a, i := range train {
			trainSub[a] = sub[i]
		}
		ts[f], _ = bestThreshold(grid, group(train), trainSub)
		for a, l := range group(test)(ts[f]) {
			pred[test[a]] = test[l]
		}
	}
	return pred, ts
}

// listMixed prints the groups of r that hold articles of more than one
// sub-topic: each article's ID, sub-topic and title.
func listMixed(r result, docs []doc, arts []*newsmerge.Article) {
	members := make(map[int][]int)
	var roots []int
	for i, p := range r.pred {
		if members[p] == nil {
			roots = append(roots, p)
		}
		members[p] = append(members[p], i)
	}
	for _, root := range roots {
		subs := make(map[string]bool)
		for _, i := range members[root] {
			subs[docs[i].Subtopic] = true
		}
		if len(subs) < 2 {
			continue
		}
		fmt.Printf("%s: group of %d with %d sub-topics:\n", r.name, len(members[root]), len(subs))
		for _, i := range members[root] {
			fmt.Printf("  %s %-11s %.70q\n", docs[i].ID, docs[i].Subtopic, arts[i].Title)
		}
	}
}

func formatFloats(xs []float64) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = fmt.Sprintf("%.3f", x)
	}
	return strings.Join(parts, " ")
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "ecbeval:", err)
	os.Exit(1)
}
