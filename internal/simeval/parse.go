package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// A pair is two sentences with their gold: Gold is the STS-B score (0-5),
// or 1 for a paraphrase and 0 for not.
type pair struct {
	ID     string
	Genre  string // STS-B only
	S1, S2 string
	Gold   float64
}

// label reports whether the pair is a paraphrase (binary sets).
func (p pair) label() bool { return p.Gold == 1 }

// lines calls fn with every line of r (without "\r\n" or "\n" and a leading
// byte-order mark), numbered from 1.
func lines(r io.Reader, fn func(n int, line string)) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if n == 1 {
			line = strings.TrimPrefix(line, "\uFEFF")
		}
		fn(n, line)
	}
	return sc.Err()
}

// parseSTS reads the STS Benchmark format: tab-separated genre, file, year,
// id, score, sentence1, sentence2, with no header; extra trailing columns
// are ignored. A row with fewer than seven columns, a score that is not a
// number in [0, 5], or an empty sentence is skipped and counted in bad.
// Blank lines are neither.
func parseSTS(r io.Reader) (pairs []pair, bad int, err error) {
	err = lines(r, func(_ int, line string) {
		if strings.TrimSpace(line) == "" {
			return
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 7 {
			bad++
			return
		}
		score, err := strconv.ParseFloat(strings.TrimSpace(cols[4]), 64)
		s1, s2 := strings.TrimSpace(cols[5]), strings.TrimSpace(cols[6])
		if err != nil || score < 0 || score > 5 || s1 == "" || s2 == "" {
			bad++
			return
		}
		pairs = append(pairs, pair{ID: cols[1] + "/" + cols[2] + "/" + cols[3], Genre: cols[0], S1: s1, S2: s2, Gold: score})
	})
	return pairs, bad, err
}

// parsePAWS reads PAWS-Wiki's format: a header line starting with "id",
// then tab-separated id, sentence1, sentence2, label (0 or 1). A row with
// another number of columns, another label or an empty sentence is skipped
// and counted in bad.
func parsePAWS(r io.Reader) (pairs []pair, bad int, err error) {
	header := false
	err = lines(r, func(n int, line string) {
		if n == 1 && strings.HasPrefix(line, "id\t") {
			header = true
			return
		}
		if strings.TrimSpace(line) == "" {
			return
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 4 {
			bad++
			return
		}
		p := pair{ID: cols[0], S1: strings.TrimSpace(cols[1]), S2: strings.TrimSpace(cols[2])}
		switch strings.TrimSpace(cols[3]) {
		case "1":
			p.Gold = 1
		case "0":
		default:
			bad++
			return
		}
		if p.S1 == "" || p.S2 == "" {
			bad++
			return
		}
		pairs = append(pairs, p)
	})
	if err == nil && !header {
		err = fmt.Errorf("paws: want a header line starting with id")
	}
	return pairs, bad, err
}

// parseMRPC reads the Microsoft Research Paraphrase Corpus format: a header
// line starting with "Quality", then tab-separated Quality (0 or 1), #1 ID,
// #2 ID, #1 String, #2 String. No quoting: a string may hold an unbalanced
// '"'. A row with fewer than five columns, another Quality or an empty
// string is skipped and counted in bad.
func parseMRPC(r io.Reader) (pairs []pair, bad int, err error) {
	header := false
	err = lines(r, func(n int, line string) {
		if n == 1 && strings.HasPrefix(line, "Quality") {
			header = true
			return
		}
		if strings.TrimSpace(line) == "" {
			return
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 5 {
			bad++
			return
		}
		p := pair{ID: cols[1] + "/" + cols[2], S1: strings.TrimSpace(cols[3]), S2: strings.TrimSpace(cols[4])}
		switch strings.TrimSpace(cols[0]) {
		case "1":
			p.Gold = 1
		case "0":
		default:
			bad++
			return
		}
		if p.S1 == "" || p.S2 == "" {
			bad++
			return
		}
		pairs = append(pairs, p)
	})
	if err == nil && !header {
		err = fmt.Errorf("mrpc: want a header line starting with Quality")
	}
	return pairs, bad, err
}

// readFile parses the named file with parse; errors name the file.
func readFile(name string, parse func(io.Reader) ([]pair, int, error)) ([]pair, int, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, 0, err
	}
	defer f.Close()
	pairs, bad, err := parse(f)
	if err != nil {
		return nil, 0, fmt.Errorf("%s: %w", name, err)
	}
	return pairs, bad, nil
}
