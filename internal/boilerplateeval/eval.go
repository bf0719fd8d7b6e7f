package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsmerge/newsmerge"
)

// goldPage is one line of gold.jsonl.
type goldPage struct {
	Page  string     `json:"page"`
	URL   string     `json:"url"`
	Lines []goldLine `json:"lines"`
}

// goldLine is one labelled line of a page: byte offsets into pages/ID.txt.
type goldLine struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Label string `json:"label"`
}

// boilerplate reports whether the line is labelled boilerplate.
func (l goldLine) boilerplate() bool { return l.Label == "boilerplate" }

// parseGold reads gold.jsonl: one page a line, blank lines skipped. It checks
// the labels and that every page's lines are in order and do not overlap.
func parseGold(r io.Reader) ([]goldPage, error) {
	var pages []goldPage
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for n := 1; sc.Scan(); n++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var p goldPage
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
			return nil, fmt.Errorf("gold line %d: %w", n, err)
		}
		if p.Page == "" {
			return nil, fmt.Errorf("gold line %d: no page", n)
		}
		prev := 0
		for i, l := range p.Lines {
			if l.Label != "main" && l.Label != "boilerplate" {
				return nil, fmt.Errorf("gold line %d, page line %d: label %q", n, i, l.Label)
			}
			if l.Start < prev || l.End < l.Start {
				return nil, fmt.Errorf("gold line %d, page line %d: offsets %d-%d out of order", n, i, l.Start, l.End)
			}
			prev = l.End
		}
		pages = append(pages, p)
	}
	return pages, sc.Err()
}

// lineVerdict is what newsmerge's segments say about one gold line.
type lineVerdict struct {
	Segments    int      // segments that overlap the line
	Boiler      int      // of them, RoleBoilerplate
	BoilerBytes int      // bytes of the line inside boilerplate segments
	Reasons     []string // distinct Reasons of its boilerplate segments, sorted
	HeadingSegs int      // segments with a headline, subheading or dateline role
	// Headings holds the distinct headline, subheading and dateline roles of
	// its segments, in role order.
	Headings []newsmerge.Role
}

// all reports whether the line is predicted boilerplate by the main rule:
// it has segments and all of them are boilerplate.
func (v lineVerdict) all() bool { return v.Segments > 0 && v.Boiler == v.Segments }

// any reports whether at least one segment of the line is boilerplate.
func (v lineVerdict) any() bool { return v.Boiler > 0 }

// noBody reports whether no segment of the line is RoleBody: Merge keeps
// none of it in the story's sentences (it goes to Story.Removed).
func (v lineVerdict) noBody() bool {
	return v.Segments > 0 && v.Boiler+v.HeadingSegs == v.Segments
}

// mapLines maps the segments of one page onto its gold lines by byte
// offsets. A segment covers a line when their half-open ranges overlap.
// lines and segs must be in order (Split returns segments in order). It also
// returns the number of segments that overlap no line.
func mapLines(lines []goldLine, segs []newsmerge.Sentence) ([]lineVerdict, int) {
	out := make([]lineVerdict, len(lines))
	used := make([]bool, len(segs))
	j := 0
	for i, l := range lines {
		for j < len(segs) && segs[j].End <= l.Start {
			j++
		}
		v := &out[i]
		roles := map[newsmerge.Role]bool{}
		reasons := map[string]bool{}
		for k := j; k < len(segs) && segs[k].Start < l.End; k++ {
			s := segs[k]
			if s.End <= l.Start {
				continue
			}
			used[k] = true
			v.Segments++
			switch s.Role {
			case newsmerge.RoleBoilerplate:
				v.Boiler++
				v.BoilerBytes += min(s.End, l.End) - max(s.Start, l.Start)
				reasons[s.Reason] = true
			case newsmerge.RoleHeadline, newsmerge.RoleSubheading, newsmerge.RoleDateline:
				v.HeadingSegs++
				roles[s.Role] = true
			}
		}
		for r := range reasons {
			v.Reasons = append(v.Reasons, r)
		}
		sort.Strings(v.Reasons)
		for _, r := range []newsmerge.Role{newsmerge.RoleHeadline, newsmerge.RoleSubheading, newsmerge.RoleDateline} {
			if roles[r] {
				v.Headings = append(v.Headings, r)
			}
		}
	}
	stray := 0
	for _, u := range used {
		if !u {
			stray++
		}
	}
	return out, stray
}

// isClosingQuote reports whether r closes a quotation.
func isClosingQuote(r rune) bool { return strings.ContainsRune("\"'”’»", r) }

// endsWithFinalPunct reports whether the trimmed line ends with '.', '!',
// '?' or a closing quote.
func endsWithFinalPunct(line string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(line, unicode.IsSpace))
	return r == '.' || r == '!' || r == '?' || isClosingQuote(r)
}

// baselineShortUnpunct is baseline (a): a line of at most 3 words without
// final punctuation is boilerplate.
func baselineShortUnpunct(line string) bool {
	return len(strings.Fields(line)) <= 3 && !endsWithFinalPunct(line)
}

// baselineShort is baseline (b): a line of at most 8 words is boilerplate.
func baselineShort(line string) bool { return len(strings.Fields(line)) <= 8 }

// countedText is a text and how often it occurs.
type countedText struct {
	Text  string
	Count int
}

// topTexts returns the n most frequent texts, most frequent first, ties in
// byte order of the text.
func topTexts(texts []string, n int) []countedText {
	freq := map[string]int{}
	for _, t := range texts {
		freq[t]++
	}
	out := make([]countedText, 0, len(freq))
	for t, c := range freq {
		out = append(out, countedText{t, c})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Text < out[j].Text
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}

// clip trims white space, turns inner line breaks and tabs into spaces and
// cuts s to at most n runes, ending a cut text with "…".
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
