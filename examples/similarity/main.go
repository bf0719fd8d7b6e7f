// Command similarity scores sentence pairs with newsmerge.
//
// Usage:
//
//	go run ./examples/similarity [-value] [-threshold T] [-explain] [FILE]
//
// FILE (or standard input) holds pairs in the format of the Microsoft
// Research Paraphrase Corpus: tab-separated, a header line, then the columns
// Quality, #1 ID, #2 ID, #1 String, #2 String. For every pair it prints
//
//	ID1<TAB>ID2<TAB>score<TAB>0|1
//
// where 1 means the score reaches the threshold (the library's
// DefaultThreshold unless -threshold is given). The score is Score.Core,
// one statement with a detail aside, as the MRPC judges, who allowed minor
// differences of detail, called a paraphrase; with -value it is
// Score.Value, the same statement with the same details. Word rarity is measured over
// all the sentences of the input. When the Quality column holds labels, it
// ends with the accuracy and F1 (in percent) on a line starting with "#".
// With -explain, each pair is followed by its signals: value × weight, and
// for a contradiction or another action penalty × (1 - value).
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/newsmerge/newsmerge"
	"github.com/newsmerge/newsmerge/internal/mrpc"
)

func main() {
	threshold := flag.Float64("threshold", newsmerge.DefaultThreshold, "score at or above which a pair is a paraphrase")
	explain := flag.Bool("explain", false, "print the signals behind each score")
	value := flag.Bool("value", false, "decide on Score.Value (the same details too) instead of Score.Core")
	flag.Parse()
	if flag.NArg() > 1 {
		fmt.Fprintln(os.Stderr, "usage: similarity [-value] [-threshold T] [-explain] [FILE]")
		os.Exit(2)
	}
	in := io.Reader(os.Stdin)
	if name := flag.Arg(0); name != "" && name != "-" {
		f, err := os.Open(name)
		if err != nil {
			fmt.Fprintln(os.Stderr, "similarity:", err)
			os.Exit(1)
		}
		defer f.Close()
		in = f
	}
	if err := run(in, os.Stdout, *threshold, *explain, *value); err != nil {
		fmt.Fprintln(os.Stderr, "similarity:", err)
		os.Exit(1)
	}
}

func run(in io.Reader, out io.Writer, threshold float64, explain, value bool) error {
	pairs, err := mrpc.Read(in)
	if err != nil {
		return err
	}
	s := mrpc.Scorer(pairs)
	s.Threshold = threshold
	w := bufio.NewWriter(out)
	defer w.Flush()
	var counts mrpc.Counts
	labelled := 0
	for _, p := range pairs {
		sc := s.Compare(s.Prepare(p.S1), s.Prepare(p.S2))
		score := sc.Core
		if value {
			score = sc.Value
		}
		same := score >= threshold
		decision := 0
		if same {
			decision = 1
		}
		fmt.Fprintf(w, "%s\t%s\t%.4f\t%d\n", p.ID1, p.ID2, score, decision)
		if explain {
			for _, sig := range sc.Signals {
				fmt.Fprintf(w, "#\t%-12s %.3f × %+.3f", sig.Name, sig.Value, sig.Weight)
				if sig.Penalty != 0 {
					fmt.Fprintf(w, ", penalty %.3f × %.3f", sig.Penalty, 1-sig.Value)
				}
				fmt.Fprintln(w)
			}
			fmt.Fprintf(w, "#\tnumbers %v, negation %v, entities %v\n", sc.Numbers, sc.Negation, sc.Entities)
		}
		if p.Labelled {
			labelled++
			counts.Add(same, p.Label)
		}
	}
	if labelled > 0 {
		fmt.Fprintf(w, "# %d labelled pairs: accuracy %.1f F1 %.1f (threshold %.2f)\n", labelled, counts.Accuracy(), counts.F1(), threshold)
	}
	return nil
}
