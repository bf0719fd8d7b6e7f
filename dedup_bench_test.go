package newsmerge_test

import (
	"fmt"
	"runtime"
	"sync"
	"testing"

	"github.com/newsmerge/newsmerge"
	"github.com/newsmerge/newsmerge/internal/corpusgen"
)

// benchSizes are the corpus sizes of the deduplication benchmarks.
var benchSizes = []int{10000, 100000}

var (
	benchMu      sync.Mutex
	benchCorpora = map[int][]*newsmerge.Article{}
	benchIndexes = map[string]*newsmerge.Index{}
)

// benchCorpus returns n generated articles (seed 1), or skips when the MRPC
// files are absent.
func benchCorpus(b *testing.B, n int) []*newsmerge.Article {
	b.Helper()
	benchMu.Lock()
	defer benchMu.Unlock()
	if arts, ok := benchCorpora[n]; ok {
		return arts
	}
	pairs, err := corpusgen.Load(corpusgen.Dir())
	if err != nil {
		b.Skipf("no MRPC data for the generated corpus: %v", err)
	}
	var arts []*newsmerge.Article
	for _, it := range corpusgen.Generate(pairs, n, 1) {
		arts = append(arts, it.Article)
	}
	benchCorpora[n] = arts
	return arts
}

// benchOptions are the two configurations measured: the defaults, and near
// copies only (no article text kept, no rewrite comparison).
var benchOptions = []struct {
	name string
	opts *newsmerge.DedupOptions
}{
	{"near", &newsmerge.DedupOptions{MinRewrite: 2}},
	{"rewrites", nil},
}

// buildIndex indexes arts with opts.
func buildIndex(b *testing.B, arts []*newsmerge.Article, opts *newsmerge.DedupOptions) *newsmerge.Index {
	idx, err := newsmerge.NewIndex(opts)
	if err != nil {
		b.Fatal(err)
	}
	for _, a := range arts {
		if err := idx.Add(a); err != nil {
			b.Fatal(err)
		}
	}
	return idx
}

// benchIndex returns a cached index of n generated articles.
func benchIndex(b *testing.B, n int, name string, opts *newsmerge.DedupOptions) (*newsmerge.Index, []*newsmerge.Article) {
	arts := benchCorpus(b, n)
	key := fmt.Sprint(name, n)
	benchMu.Lock()
	defer benchMu.Unlock()
	if idx, ok := benchIndexes[key]; ok {
		return idx, arts
	}
	idx := buildIndex(b, arts, opts)
	benchIndexes[key] = idx
	return idx, arts
}

var benchFPs = map[int][]*newsmerge.Fingerprint{}

// benchFingerprints returns the cached fingerprints of the corpus of n.
func benchFingerprints(b *testing.B, n int) []*newsmerge.Fingerprint {
	arts := benchCorpus(b, n)
	benchMu.Lock()
	defer benchMu.Unlock()
	if fps, ok := benchFPs[n]; ok {
		return fps
	}
	fps := make([]*newsmerge.Fingerprint, len(arts))
	for i, a := range arts {
		fp, err := newsmerge.NewFingerprint(a, nil)
		if err != nil {
			b.Fatal(err)
		}
		fps[i] = fp
	}
	benchFPs[n] = fps
	return fps
}

func heapInUse() uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

// BenchmarkIndexAdd builds an index of the whole corpus per op and reports
// articles indexed per second and the heap the index holds per article
// (the articles themselves, held by the caller, not counted).
func BenchmarkIndexAdd(b *testing.B) {
	for _, o := range benchOptions {
		for _, n := range benchSizes {
			b.Run(fmt.Sprintf("%s/articles=%d", o.name, n), func(b *testing.B) {
				arts := benchCorpus(b, n)
				b.ReportAllocs()
				b.ResetTimer()
				var perArticle float64
				for i := 0; i < b.N; i++ {
					before := heapInUse()
					idx := buildIndex(b, arts, o.opts)
					b.StopTimer()
					perArticle = float64(heapInUse()-before) / float64(n)
					runtime.KeepAlive(idx)
					b.StartTimer()
				}
				b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
				b.ReportMetric(perArticle, "B/article")
			})
		}
	}
}

// BenchmarkIndexQuery queries an index of the corpus with its articles in
// turn: the cost of one Query, fingerprinting the query included.
func BenchmarkIndexQuery(b *testing.B) {
	for _, o := range benchOptions {
		for _, n := range benchSizes {
			b.Run(fmt.Sprintf("%s/articles=%d", o.name, n), func(b *testing.B) {
				idx, arts := benchIndex(b, n, o.name, o.opts)
				b.ReportAllocs()
				b.ResetTimer()
				for i := 0; i < b.N; i++ {
					if _, err := idx.Query(arts[(i*7919)%len(arts)]); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkBruteForceQuery is the scan a caller would write without the
// index: fingerprint the query and compute its exact Jaccard similarity
// with the fingerprint of every article seen (fingerprints computed
// beforehand, so only the scan is timed beyond the query's own).
func BenchmarkBruteForceQuery(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			arts := benchCorpus(b, n)
			fps := benchFingerprints(b, n)
			b.ReportAllocs()
			b.ResetTimer()
			found := 0
			for i := 0; i < b.N; i++ {
				q, err := newsmerge.NewFingerprint(arts[(i*7919)%len(arts)], nil)
				if err != nil {
					b.Fatal(err)
				}
				for _, fp := range fps {
					if q.Hash == fp.Hash || q.Jaccard(fp) >= newsmerge.DefaultNearCopy {
						found++
					}
				}
			}
			if found == 0 {
				b.Fatal("the scan found nothing, not even the query itself")
			}
		})
	}
}

// BenchmarkGroupArticles groups the 10,000-article corpus.
func BenchmarkGroupArticles(b *testing.B) {
	arts := benchCorpus(b, benchSizes[0])
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := newsmerge.GroupArticles(arts, nil); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(arts))*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
