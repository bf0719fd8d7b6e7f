package newsmerge

import (
	"strings"
	"testing"
)

// benchInput is one body to benchmark on.
type benchInput struct {
	name string // sub-benchmark name: "seed=<file>" or "size=1MB"
	body string
}

// benchInputs returns each seed article's body and a body of about 1 MB made
// of the seed bodies, repeated, with blank lines between them.
func benchInputs(b *testing.B) []benchInput {
	b.Helper()
	var inputs []benchInput
	var bodies []string
	for _, name := range []string{seedABC, seedQuen} {
		a := readSeed(b, name)
		inputs = append(inputs, benchInput{"seed=" + strings.TrimSuffix(name, ".txt"), a.Body})
		bodies = append(bodies, strings.TrimSpace(a.Body))
	}
	const size = 1 << 20
	var sb strings.Builder
	for sb.Len() < size {
		for _, body := range bodies {
			if sb.Len() > 0 {
				sb.WriteString("\n\n")
			}
			sb.WriteString(body)
		}
	}
	return append(inputs, benchInput{"size=1MB", sb.String()})
}

func BenchmarkSplit(b *testing.B) {
	for _, in := range benchInputs(b) {
		a := &Article{ID: "bench", Body: in.body}
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.body)))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if len(Split(a)) == 0 {
					b.Fatal("no segments")
				}
			}
		})
	}
}

func BenchmarkTokenize(b *testing.B) {
	benchEachBody(b, func(body string) int { return len(Tokenize(body)) })
}

func BenchmarkFold(b *testing.B) {
	benchEachBody(b, func(body string) int { return len(Fold(body)) })
}

// BenchmarkByteScan is the floor for the throughput of Split, Tokenize,
// Fold and Analyze: one pass over the same bodies that counts the bytes
// that start a word, with no allocation.
func BenchmarkByteScan(b *testing.B) {
	benchEachBody(b, func(body string) int {
		words, space := 0, true
		for j := 0; j < len(body); j++ {
			c := body[j]
			isSpace := c == ' ' || c == '\n' || c == '\t' || c == '\r'
			if space && !isSpace {
				words++
			}
			space = isSpace
		}
		return words
	})
}

// benchEachBody runs one sub-benchmark for each body of benchInputs, reporting
// bytes per second and allocations; run returns how much it found (tokens,
// bytes, words), which must not be 0.
func benchEachBody(b *testing.B, run func(body string) int) {
	for _, in := range benchInputs(b) {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.body)))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if run(in.body) == 0 {
					b.Fatal("found nothing")
				}
			}
		})
	}
}
