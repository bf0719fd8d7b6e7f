package newsmerge_test

import (
	"strconv"
	"testing"

	"github.com/newsmerge/newsmerge"
)

// BenchmarkAnalyzeCorpus measures Analyze on generated corpora of 100 and
// 1,600 articles (see internal/corpusgen; skipped without the MRPC files),
// to show that extraction grows linearly with the articles, not with their
// pairs.
func BenchmarkAnalyzeCorpus(b *testing.B) {
	for _, n := range []int{100, 1600} {
		b.Run("articles="+strconv.Itoa(n), func(b *testing.B) {
			arts := benchCorpus(b, n)
			size := 0
			for _, a := range arts {
				size += len(a.Body)
			}
			b.SetBytes(int64(size))
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if _, err := newsmerge.Analyze(arts); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
