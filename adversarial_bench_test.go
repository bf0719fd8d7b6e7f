package newsmerge_test

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/newsmerge/newsmerge"
)

// The adversarial benchmarks run every public entry point over inputs shaped
// to hit the slow paths of a text processor: long runs of abbreviations,
// long name lists, many short lines, many quote marks, a long sentence
// without punctuation, many numbers, long runs of dashes and brackets. Each
// shape comes in three sizes, up to MaxArticleBytes, so that a super-linear
// corner shows as a time per op that grows much faster than the size (the
// MB/s column falls). Run them with
//
//	go test -run='^$' -bench=Adversarial -benchtime=1x -timeout=30m .
//
// and compare the ratios between sizes, not absolute times.

// advSizes are the body sizes of the adversarial benchmarks.
var advSizes = []struct {
	name string
	n    int
}{
	{"256KB", 256 << 10},
	{"1MB", 1 << 20},
	{"8MB", newsmerge.MaxArticleBytes},
}

// advShape makes a body of at most n bytes.
type advShape struct {
	name string
	make func(n int) string
}

// advRepeat repeats unit(k) for k = 0, 1, ... until the next one would make
// the text longer than n bytes.
func advRepeat(n int, unit func(k int) string) string {
	var sb strings.Builder
	sb.Grow(n)
	for k := 0; ; k++ {
		u := unit(k)
		if sb.Len()+len(u) > n {
			break
		}
		sb.WriteString(u)
	}
	return sb.String()
}

var advSyllables = []string{"ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ba", "de", "fu", "gi", "ho", "ja", "pe", "zu"}

// advName returns a capitalised pseudo-word made from the digits of k in
// base 16, distinct for every k.
func advName(k int) string {
	var sb strings.Builder
	for i := 0; i < 3 || k > 0; i++ {
		sb.WriteString(advSyllables[k%16])
		k /= 16
	}
	s := sb.String()
	return strings.ToUpper(s[:1]) + s[1:]
}

var advWords = []string{"the", "council", "voted", "on", "a", "plan", "to", "build", "new", "homes", "near", "river", "while", "residents", "watched", "from", "gallery", "and", "officials", "said", "nothing"}

var advShapes = []advShape{
	{"abbrev", func(n int) string {
		return advRepeat(n, func(int) string { return "Mr. Dr. U.S. " })
	}},
	{"names", func(n int) string {
		return advRepeat(n, func(k int) string {
			if k == 0 {
				return "Officials named " + advName(2*k) + " " + advName(2*k+1)
			}
			return ", " + advName(2*k) + " " + advName(2*k+1)
		}) // one sentence of distinct capitalised names
	}},
	{"lines", func(n int) string {
		return advRepeat(n, func(k int) string {
			return fmt.Sprintf("Line %d said %s.\n", k, advWords[k%len(advWords)])
		})
	}},
	{"quotes", func(n int) string {
		marks := []string{"“", "”", "\"", "'"}
		return advRepeat(n, func(k int) string {
			return marks[k%4] + advWords[k%len(advWords)] + " " + marks[(k/4+1)%4] + " said " + advName(k%97) + " "
		})
	}},
	{"questions", func(n int) string {
		return advRepeat(n, func(k int) string {
			if k%2 == 0 {
				return "“Why now?” "
			}
			return "(Yes. I. "
		}) // quoted questions, unclosed brackets, the initial "I."
	}},
	{"nopunct", func(n int) string {
		return advRepeat(n, func(k int) string { return advWords[(k*7)%len(advWords)] + " " })
	}},
	{"numbers", func(n int) string {
		return advRepeat(n, func(k int) string {
			switch k % 4 {
			case 0:
				return fmt.Sprintf("%d, ", k)
			case 1:
				return fmt.Sprintf("%d percent, ", k%100)
			case 2:
				return fmt.Sprintf("$%d million, ", k%1000)
			}
			return fmt.Sprintf("%d.%d ", k, k%10)
		})
	}},
	{"dashes", func(n int) string {
		return advRepeat(n, func(k int) string {
			switch k % 4 {
			case 0:
				return "((((((---- "
			case 1:
				return "—— – - -- "
			case 2:
				return advWords[k%len(advWords)] + " ))))]] "
			}
			return "[( — " + advName(k%31) + " "
		})
	}},
}

// advVariant returns a slightly changed copy of body: a phrase before it,
// a word changed near the middle and the last part dropped.
func advVariant(body string) string {
	cut := len(body) - len(body)/100
	for cut > 0 && !utf8.RuneStart(body[cut]) {
		cut--
	}
	v := body[:cut]
	mid := len(v) / 2
	if k := strings.IndexByte(v[mid:], ' '); k >= 0 {
		v = v[:mid+k] + " changed" + v[mid+k:]
	}
	return "Reports said " + v
}

// advInput is one generated body and its variant, made once.
type advInput struct {
	body, variant string
}

var (
	advMu     sync.Mutex
	advInputs = map[string]*advInput{}
)

func advGet(s advShape, n int) *advInput {
	advMu.Lock()
	defer advMu.Unlock()
	key := fmt.Sprint(s.name, n)
	in := advInputs[key]
	if in == nil {
		body := s.make(n)
		in = &advInput{body: body, variant: advVariant(body)}
		if len(in.variant) > newsmerge.MaxArticleBytes {
			in.variant = in.variant[:newsmerge.MaxArticleBytes]
			for !utf8.ValidString(in.variant) {
				in.variant = in.variant[:len(in.variant)-1]
			}
		}
		advInputs[key] = in
	}
	return in
}

// advEntries are the entry points, each run on one input.
var advEntries = []struct {
	name string
	run  func(b *testing.B, in *advInput)
}{
	{"parsetext", func(b *testing.B, in *advInput) {
		if _, err := newsmerge.ParseText("a", strings.NewReader(in.body)); err != nil {
			b.Fatal(err)
		}
	}},
	{"split", func(b *testing.B, in *advInput) {
		if len(newsmerge.Split(&newsmerge.Article{ID: "a", Body: in.body})) == 0 {
			b.Fatal("no sentences")
		}
	}},
	{"tokenize", func(b *testing.B, in *advInput) {
		if len(newsmerge.Tokenize(in.body)) == 0 {
			b.Fatal("no tokens")
		}
	}},
	{"fold", func(b *testing.B, in *advInput) {
		if newsmerge.Fold(in.body) == "" {
			b.Fatal("empty fold")
		}
	}},
	{"values", func(b *testing.B, in *advInput) {
		_ = newsmerge.Values(in.body)
	}},
	{"analyze", func(b *testing.B, in *advInput) {
		if _, err := newsmerge.Analyze([]*newsmerge.Article{{ID: "a", Body: in.body}}); err != nil {
			b.Fatal(err)
		}
	}},
	{"similarity-self", func(b *testing.B, in *advInput) {
		_ = newsmerge.Similarity(in.body, in.body)
	}},
	{"similarity-variant", func(b *testing.B, in *advInput) {
		_ = newsmerge.Similarity(in.body, in.variant)
	}},
	{"merge", func(b *testing.B, in *advInput) {
		arts := []*newsmerge.Article{{ID: "a", Body: in.body}, {ID: "b", Body: in.variant}}
		if _, err := newsmerge.Merge(arts, nil); err != nil {
			b.Fatal(err)
		}
	}},
	{"index", func(b *testing.B, in *advInput) {
		idx, err := newsmerge.NewIndex(nil)
		if err != nil {
			b.Fatal(err)
		}
		if err := idx.Add(&newsmerge.Article{ID: "a", Body: in.body}); err != nil {
			b.Fatal(err)
		}
		if _, err := idx.Query(&newsmerge.Article{ID: "b", Body: in.variant}); err != nil {
			b.Fatal(err)
		}
	}},
	{"fingerprint", func(b *testing.B, in *advInput) {
		if _, err := newsmerge.NewFingerprint(&newsmerge.Article{ID: "a", Body: in.body}, nil); err != nil {
			b.Fatal(err)
		}
	}},
}

// BenchmarkAdversarial runs every entry point over every shape and size:
// BenchmarkAdversarial/<entry>/<shape>/size=<size>.
func BenchmarkAdversarial(b *testing.B) {
	for _, e := range advEntries {
		b.Run(e.name, func(b *testing.B) {
			for _, s := range advShapes {
				b.Run(s.name, func(b *testing.B) {
					for _, size := range advSizes {
						b.Run("size="+size.name, func(b *testing.B) {
							in := advGet(s, size.n)
							b.SetBytes(int64(len(in.body)))
							b.ReportAllocs()
							b.ResetTimer()
							for i := 0; i < b.N; i++ {
								e.run(b, in)
							}
						})
					}
				})
			}
		})
	}
}
