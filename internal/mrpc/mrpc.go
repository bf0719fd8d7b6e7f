// Package mrpc reads sentence pairs in the format of the Microsoft Research
// Paraphrase Corpus (Dolan, Quirk and Brockett 2004): tab-separated, a header
// line, columns Quality, #1 ID, #2 ID, #1 String, #2 String.
package mrpc

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/newsmerge/newsmerge"
)

// A Pair is one row: two sentences and, when the file has one, the label.
type Pair struct {
	ID1, ID2 string
	S1, S2   string
	Label    int  // 1: paraphrase, 0: not
	Labelled bool // the Quality column held 0 or 1
}

// ReadFile reads all pairs of the named file, as Read does; errors name
// the file.
func ReadFile(name string) ([]Pair, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	pairs, err := Read(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return pairs, nil
}

// Read reads all pairs from r. The header line is required; a row with
// fewer than five columns is an error that names its line.
func Read(r io.Reader) ([]Pair, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var pairs []Pair
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if line == 1 {
			if !strings.HasPrefix(strings.TrimPrefix(text, "\uFEFF"), "Quality") {
				return nil, fmt.Errorf("mrpc: line 1: want a header starting with Quality, got %q", text)
			}
			continue
		}
		if strings.TrimSpace(text) == "" {
			continue
		}
		cols := strings.Split(text, "\t")
		if len(cols) < 5 {
			return nil, fmt.Errorf("mrpc: line %d: want 5 tab-separated columns, got %d", line, len(cols))
		}
		p := Pair{ID1: cols[1], ID2: cols[2], S1: cols[3], S2: cols[4]}
		switch strings.TrimSpace(cols[0]) {
		case "1":
			p.Label, p.Labelled = 1, true
		case "0":
			p.Labelled = true
		}
		pairs = append(pairs, p)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("mrpc: line %d: %w", line+1, err)
	}
	return pairs, nil
}

// Scorer returns a newsmerge Scorer whose word weights are counted over all
// the sentences of pairs, as the harness and the tuner both score.
func Scorer(pairs []Pair) *newsmerge.Scorer {
	weights := newsmerge.NewWeights()
	for _, p := range pairs {
		weights.Add(p.S1)
		weights.Add(p.S2)
	}
	s := newsmerge.NewScorer()
	s.Weights = weights
	return s
}

// Counts tallies binary decisions against labels.
type Counts struct{ TP, FP, TN, FN int }

// Add records one decision.
func (c *Counts) Add(predicted bool, label int) {
	switch {
	case predicted && label == 1:
		c.TP++
	case predicted:
		c.FP++
	case label == 1:
		c.FN++
	default:
		c.TN++
	}
}

// Accuracy returns the share of right decisions, in percent.
func (c Counts) Accuracy() float64 {
	n := c.TP + c.FP + c.TN + c.FN
	if n == 0 {
		return 0
	}
	return 100 * float64(c.TP+c.TN) / float64(n)
}

// F1 returns the F1 score of the positive class, in percent.
func (c Counts) F1() float64 {
	if c.TP == 0 {
		return 0
	}
	return 100 * 2 * float64(c.TP) / float64(2*c.TP+c.FP+c.FN)
}
