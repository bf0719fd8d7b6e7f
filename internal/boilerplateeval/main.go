// Command boilerplateeval measures newsmerge's boilerplate detection (the
// RoleBoilerplate segments of Split) against gold line labels of real news
// pages, next to two naive baselines computed in the same run.
//
// Data: ../shared/eval/boilerplate, the Zyte (Scrapinghub) article-extraction
// benchmark (github.com/scrapinghub/article-extraction-benchmark, commit
// 4a3bc979, MIT licence): 181 news pages, each cut to its article region
// (pages/ID.txt, one line a block, blank lines between), and gold.jsonl with
// the byte offsets of every line and its label, main or boilerplate (a line is
// main when most of its words are in the benchmark's clean article body).
// It is a development set; its held-out counterpart is not in ../shared.
//
// Each page becomes an Article whose Body is the page text; newsmerge.Split
// divides it into segments, and the segments are mapped onto the gold lines
// by byte offsets. The main figure calls a line boilerplate when all the
// segments that cover it are RoleBoilerplate; the alternative "any" calls it
// boilerplate when at least one of them is. Scores are by lines: boilerplate
// precision, recall and F1, and the number and share of main lines marked
// boilerplate (lost content). Merge keeps only RoleBody segments in a Story's
// sentences and lists headline, subheading and dateline segments in
// Story.Removed as well, so the main lines that got those roles are counted
// apart. Baselines: (a) a line of at most 3 words that does not end with
// '.', '!', '?' or a closing quote; (b) a line of at most 8 words. Nothing is
// fitted to this data (newsmerge's rules and the baselines are fixed), so no
// folds are needed.
//
// Run from the repository root:
//
//	go run ./internal/boilerplateeval [-data ../shared/eval] [-v]
//
// -v lists every main line that newsmerge marks boilerplate (by either rule).
//
// Output (2026-12-08, about 0.3 s after compiling):
//
//	boilerplate: 181 pages, 4773 lines (4344 main, 429 boilerplate) in ../shared/eval/boilerplate
//	nothing is fitted to this data (fixed rules, fixed baselines), so there are no folds; scores are by lines, boilerplate positive
//
//	method                                         TP   FP   FN      P      R     F1    main lost
//	newsmerge, all segments boilerplate (main)     82   34  347  0.707  0.191  0.301   34   0.78%
//	newsmerge, any segment boilerplate             91   42  338  0.684  0.212  0.324   42   0.97%
//	newsmerge, no body segment (Merge drops)      253  776  176  0.246  0.590  0.347  776  17.86%
//	baseline (a): <=3 words, no final punct.      133  450  296  0.228  0.310  0.263  450  10.36%
//	baseline (b): <=8 words                       260 1166  169  0.182  0.606  0.280 1166  26.84%
//	main bytes inside boilerplate segments: 836 of 867391 (0.10%)
//
//	other roles (lines with at least one segment of the role):
//	role           main  boilerplate
//	headline         21            0
//	subheading      721          171
//	dateline         22            0
//	lines with no body segment (Merge lists them in Story.Removed, not in Story.Sentences): 776 main (17.86%), 253 of 429 boilerplate
//
//	newsmerge by Reason (lines; a line with two reasons counts under each):
//	reason                 TP   FP  TP any  FP any
//	advertisement          33    0      33       0
//	copyright               0    2       0       2
//	no words                0   13       0      16
//	number-only line        5   11       5      14
//	photo credit           21    3      26       3
//	promotion              23    5      27       7
//
//	15 most frequent missed boilerplate lines (main rule; 347 missed, 288 distinct):
//	  17  Фото:
//	  11  2018 Jeongdong Theater Tradition Series Performance [The Pa…
//	   4  Business
//	   4  Los Angeles Lakers' LeBron James dunks during the first hal…
//	   4  New York Islanders' Brock Nelson (29) puts the game-winning…
//	   4  Pos Player Plays % Stats
//	   4  Related
//	   3  Close
//	   3  Related articles
//	   3  Report
//	   3  Video
//	   2  Advert
//	   2  Back to Gallery
//	   2  Caption
//	   2  Column: A vulture firm’s bid for Gannett shows there’s stil…
//
//	summary: newsmerge finds 82 of 429 boilerplate lines (recall 19.1%, precision 70.7%) and marks 34 of 4344 main lines boilerplate (0.78% lost; Merge keeps no body of 17.86%, headings included); baseline (a) recall 31.0% losing 10.36%, (b) recall 60.6% losing 26.84%
package main

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/newsmerge/newsmerge"
	"github.com/newsmerge/newsmerge/internal/evalkit"
)

func main() {
	data := flag.String("data", "../shared/eval", "folder of the evaluation data (holds boilerplate/)")
	verbose := flag.Bool("v", false, "list every false positive of newsmerge")
	flag.Parse()
	dir := filepath.Join(*data, "boilerplate")
	f, err := os.Open(filepath.Join(dir, "gold.jsonl"))
	if errors.Is(err, fs.ErrNotExist) {
		fmt.Printf("boilerplateeval: no data in %s (the Zyte article-extraction benchmark, github.com/scrapinghub/article-extraction-benchmark, cut to article regions; see ../shared/eval/README.md)\n", dir)
		return
	}
	if err != nil {
		fatal(err)
	}
	pages, err := parseGold(f)
	f.Close()
	if err != nil {
		fatal(err)
	}
	if err := run(dir, pages, *verbose); err != nil {
		fatal(err)
	}
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "boilerplateeval:", err)
	os.Exit(1)
}

// method is one way of calling lines boilerplate, with its scores.
type method struct {
	name string
	c    evalkit.Confusion
}

// reasonCounts are the lines of one Reason: true and false positives by
// the main rule (all segments boilerplate) and by the any rule.
type reasonCounts struct{ tp, fp, tpAny, fpAny int }

func run(dir string, pages []goldPage, verbose bool) error {
	var (
		nm, nmAny, nmMerge        evalkit.Confusion
		baseA, baseB              evalkit.Confusion
		nMain, nBoiler, stray     int
		invalid                   []string
		headingMain               = map[newsmerge.Role]int{}
		headingBoiler             = map[newsmerge.Role]int{}
		noBodyMain, noBodyBoiler  int
		mainBytes, mainBoilerByte int
		reasons                   = map[string]*reasonCounts{}
		missed                    []string
		fps                       []string
	)
	for _, p := range pages {
		body, err := os.ReadFile(filepath.Join(dir, "pages", p.Page+".txt"))
		if err != nil {
			return err
		}
		text := string(body)
		a := &newsmerge.Article{ID: p.Page, URL: p.URL, Body: text}
		if err := a.Validate(); err != nil {
			invalid = append(invalid, err.Error())
		}
		verdicts, s := mapLines(p.Lines, newsmerge.Split(a))
		stray += s
		for i, l := range p.Lines {
			if l.End > len(text) {
				return fmt.Errorf("page %s line %d: end %d beyond the page (%d bytes)", p.Page, i, l.End, len(text))
			}
			line, gold, v := text[l.Start:l.End], l.boilerplate(), verdicts[i]
			if gold {
				nBoiler++
			} else {
				nMain++
				mainBytes += l.End - l.Start
				mainBoilerByte += v.BoilerBytes
			}
			nm.Add(v.all(), gold)
			nmAny.Add(v.any(), gold)
			nmMerge.Add(v.noBody(), gold)
			baseA.Add(baselineShortUnpunct(line), gold)
			baseB.Add(baselineShort(line), gold)
			for _, r := range v.Headings {
				if gold {
					headingBoiler[r]++
				} else {
					headingMain[r]++
				}
			}
			if v.noBody() {
				if gold {
					noBodyBoiler++
				} else {
					noBodyMain++
				}
			}
			for _, r := range v.Reasons {
				rc := reasons[r]
				if rc == nil {
					rc = &reasonCounts{}
					reasons[r] = rc
				}
				switch {
				case gold && v.all():
					rc.tp++
					rc.tpAny++
				case gold:
					rc.tpAny++
				case v.all():
					rc.fp++
					rc.fpAny++
				default:
					rc.fpAny++
				}
			}
			if gold && !v.all() {
				missed = append(missed, clip(line, 60))
			}
			if !gold && v.any() {
				rule := "any"
				if v.all() {
					rule = "all"
				}
				fps = append(fps, fmt.Sprintf("  %s line %3d  %-3s  %-22s %s", p.Page[:10], i, rule, strings.Join(v.Reasons, ","), clip(line, 90)))
			}
		}
	}

	fmt.Printf("boilerplate: %d pages, %d lines (%d main, %d boilerplate) in %s\n", len(pages), nMain+nBoiler, nMain, nBoiler, dir)
	fmt.Println("nothing is fitted to this data (fixed rules, fixed baselines), so there are no folds; scores are by lines, boilerplate positive")
	if len(invalid) > 0 {
		fmt.Printf("%d articles fail Validate (still split): %s\n", len(invalid), invalid[0])
	}
	if stray > 0 {
		fmt.Printf("%d segments cover no gold line\n", stray)
	}
	fmt.Println()
	fmt.Printf("%-44s %4s %4s %4s %6s %6s %6s %12s\n", "method", "TP", "FP", "FN", "P", "R", "F1", "main lost")
	for _, m := range []method{
		{"newsmerge, all segments boilerplate (main)", nm},
		{"newsmerge, any segment boilerplate", nmAny},
		{"newsmerge, no body segment (Merge drops)", nmMerge},
		{"baseline (a): <=3 words, no final punct.", baseA},
		{"baseline (b): <=8 words", baseB},
	} {
		fmt.Printf("%-44s %4d %4d %4d %6.3f %6.3f %6.3f %4d %6.2f%%\n", m.name, m.c.TP, m.c.FP, m.c.FN,
			m.c.Precision(), m.c.Recall(), m.c.F1(), m.c.FP, 100*m.c.FalsePositiveRate())
	}
	fmt.Printf("main bytes inside boilerplate segments: %d of %d (%.2f%%)\n", mainBoilerByte, mainBytes, 100*evalkit.Ratio(mainBoilerByte, mainBytes))

	fmt.Println()
	fmt.Println("other roles (lines with at least one segment of the role):")
	fmt.Printf("%-12s %6s %12s\n", "role", "main", "boilerplate")
	for _, r := range []newsmerge.Role{newsmerge.RoleHeadline, newsmerge.RoleSubheading, newsmerge.RoleDateline} {
		fmt.Printf("%-12s %6d %12d\n", r, headingMain[r], headingBoiler[r])
	}
	fmt.Printf("lines with no body segment (Merge lists them in Story.Removed, not in Story.Sentences): %d main (%.2f%%), %d of %d boilerplate\n",
		noBodyMain, 100*evalkit.Ratio(noBodyMain, nMain), noBodyBoiler, nBoiler)

	fmt.Println()
	fmt.Println("newsmerge by Reason (lines; a line with two reasons counts under each):")
	fmt.Printf("%-20s %4s %4s %7s %7s\n", "reason", "TP", "FP", "TP any", "FP any")
	names := make([]string, 0, len(reasons))
	for r := range reasons {
		names = append(names, r)
	}
	sort.Strings(names)
	for _, r := range names {
		rc := reasons[r]
		fmt.Printf("%-20s %4d %4d %7d %7d\n", r, rc.tp, rc.fp, rc.tpAny, rc.fpAny)
	}

	fmt.Println()
	fmt.Printf("15 most frequent missed boilerplate lines (main rule; %d missed, %d distinct):\n", len(missed), len(topTexts(missed, len(missed))))
	for _, t := range topTexts(missed, 15) {
		fmt.Printf("%4d  %s\n", t.Count, t.Text)
	}
	if verbose {
		fmt.Println()
		fmt.Printf("main lines newsmerge marks boilerplate (%d):\n", len(fps))
		for _, s := range fps {
			fmt.Println(s)
		}
	}

	fmt.Println()
	fmt.Printf("summary: newsmerge finds %d of %d boilerplate lines (recall %.1f%%, precision %.1f%%) and marks %d of %d main lines boilerplate (%.2f%% lost; Merge keeps no body of %.2f%%, headings included); baseline (a) recall %.1f%% losing %.2f%%, (b) recall %.1f%% losing %.2f%%\n",
		nm.TP, nBoiler, 100*nm.Recall(), 100*nm.Precision(), nm.FP, nMain, 100*nm.FalsePositiveRate(), 100*nmMerge.FalsePositiveRate(),
		100*baseA.Recall(), 100*baseA.FalsePositiveRate(), 100*baseB.Recall(), 100*baseB.FalsePositiveRate())
	return nil
}
