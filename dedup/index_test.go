package dedup

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/newsmerge/newsmerge/article"
)

// dedupCases are the hand-written cases of testdata/
var dedupCases = []string{"base", "dateline", "edited", "exact", "inserted", "rewrite", "sameevent", "trimmed", "unrelated"}

// savedIndex returns an index of the hand-written cases but one (queried
// against it by the tests) and its saved bytes.
func savedIndex(t testing.TB, opts *Options) (*Index, []byte) {
	t.Helper()
	idx, err := NewIndex(opts)
	if err != nil {
		t.Fatal(err)
	}
	for i, name := range dedupCases {
		if name == "exact" {
			continue
		}
		a := readDedup(t, name)
		if i%2 == 0 {
			a.Published = time.Date(2025, 3, i, 10, 30, 0, 123, time.UTC)
			a.Source = "Outlet " + name
		}
		if err := idx.Add(a); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	n, err := idx.WriteTo(&buf)
	if err != nil || n != int64(buf.Len()) {
		t.Fatalf("WriteTo = %d, %v; wrote %d bytes", n, err, buf.Len())
	}
	return idx, buf.Bytes()
}

// queryAll returns the matches of every case against idx.
func queryAll(t testing.TB, idx *Index) map[string][]Match {
	t.Helper()
	out := make(map[string][]Match)
	for _, name := range dedupCases {
		ms, err := idx.Query(readDedup(t, name))
		if err != nil {
			t.Fatal(err)
		}
		out[name] = ms
	}
	return out
}

func TestIndexSaveLoad(t *testing.T) {
	for _, opts := range []*Options{nil, {MinRewrite: 2, ShingleSize: 3, SignatureSize: 64, Threshold: 0.6}} {
		t.Run(fmt.Sprintf("%+v", opts), func(t *testing.T) {
			idx, data := savedIndex(t, opts)
			loaded, _ := NewIndex(nil)
			n, err := loaded.ReadFrom(bytes.NewReader(data))
			if err != nil || n != int64(len(data)) {
				t.Fatalf("ReadFrom = %d, %v; want %d, nil", n, err, len(data))
			}
			if diff := cmp.Diff(queryAll(t, idx), queryAll(t, loaded)); diff != "" {
				t.Errorf("matches after loading (-saved +loaded):\n%s", diff)
			}
			if idx.Len() != loaded.Len() {
				t.Errorf("Len %d after loading, want %d", loaded.Len(), idx.Len())
			}
			gb, gr := idx.Bands()
			lb, lr := loaded.Bands()
			if gb != lb || gr != lr {
				t.Errorf("bands %dx%d after loading, want %dx%d", lb, lr, gb, gr)
			}
			// Saving again gives the same bytes; times survive to the
			// nanosecond.
			var again bytes.Buffer
			if _, err := loaded.WriteTo(&again); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(data, again.Bytes()) {
				t.Error("saving a loaded index gives other bytes")
			}
			if n := loaded.RemoveBefore(time.Date(2025, 3, 3, 0, 0, 0, 0, time.UTC)); n != 2 {
				t.Errorf("RemoveBefore after loading removed %d, want 2", n)
			}
		})
	}
}

func TestIndexLoadErrors(t *testing.T) {
	_, data := savedIndex(t, nil)
	flip := func(at int) []byte {
		d := append([]byte(nil), data...)
		d[at] ^= 0x40
		return d
	}
	tests := []struct {
		name string
		in   []byte
		want string
	}{
		{"empty", nil, "no \"NMDEDUP\" header"},
		{"foreign", []byte("PK\x03\x04 a zip file, not an index"), "no \"NMDEDUP\" header"},
		{"json", []byte(`{"id": "a", "body": "text"}`), "no \"NMDEDUP\" header"},
		{"version", append([]byte(indexMagic), 2), "index version 2, want 1"},
		{"truncated", data[:len(data)/2], "truncated"},
		{"no checksum", data[:len(data)-4], "truncated"},
		{"body byte flipped", flip(len(data) - 40), "checksum mismatch"},
		{"checksum flipped", flip(len(data) - 1), "checksum mismatch"},
		{"signature size", append([]byte(indexMagic), 1, 4, 0xff, 0x7f), "signature size 16383 above 1024"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			idx, _ := NewIndex(nil)
			want := queryAll(t, idx)
			_, err := idx.ReadFrom(bytes.NewReader(tc.in))
			if !errors.Is(err, ErrIndexFormat) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("ReadFrom: %v; want ErrIndexFormat saying %q", err, tc.want)
			}
			if diff := cmp.Diff(want, queryAll(t, idx)); diff != "" {
				t.Errorf("a failed load changed the index (-before +after):\n%s", diff)
			}
		})
	}
}

// errWriter fails after n bytes.
type errWriter struct{ n int }

func (w *errWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		k := w.n
		w.n = 0
		return k, errors.New("disk full")
	}
	w.n -= len(p)
	return len(p), nil
}

func TestIndexWriteError(t *testing.T) {
	idx, data := savedIndex(t, nil)
	n, err := idx.WriteTo(&errWriter{n: len(data) / 2})
	if err == nil || err.Error() != "disk full" || n > int64(len(data)/2) {
		t.Errorf("WriteTo = %d, %v; want at most %d bytes and the write error", n, err, len(data)/2)
	}
}

// FuzzIndexReadFrom loads arbitrary bytes as an index: it must never panic,
// fail only with ErrIndexFormat, and a loaded index must answer queries and
// save to bytes that load again.
func FuzzIndexReadFrom(f *testing.F) {
	_, data := savedIndex(f, nil)
	_, small := savedIndex(f, &Options{MinRewrite: 2, SignatureSize: 8, ShingleSize: 2})
	f.Add(data)
	f.Add(small)
	f.Add([]byte(indexMagic))
	f.Add(data[:100])
	query := &article.Article{ID: "q", Body: "The Millbrook city council voted seven to two on Tuesday to spend $14 million."}
	f.Fuzz(func(t *testing.T, in []byte) {
		idx, _ := NewIndex(nil)
		_, err := idx.ReadFrom(bytes.NewReader(in))
		if err != nil && len(in) > 4 {
			// Past the checksum: the same bytes with their checksum
			// right, so that the checks of the content are fuzzed too.
			fixed := append([]byte(nil), in...)
			binary.LittleEndian.PutUint32(fixed[len(fixed)-4:], crc32.ChecksumIEEE(fixed[:len(fixed)-4]))
			_, err = idx.ReadFrom(bytes.NewReader(fixed))
		}
		if err != nil {
			if !errors.Is(err, ErrIndexFormat) {
				t.Fatalf("error %v does not wrap ErrIndexFormat", err)
			}
			return
		}
		if _, err := idx.Query(query); err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if _, err := idx.WriteTo(&buf); err != nil {
			t.Fatal(err)
		}
		again, _ := NewIndex(nil)
		if _, err := again.ReadFrom(&buf); err != nil {
			t.Fatalf("a loaded index saves to bytes that do not load: %v", err)
		}
	})
}

// TestIndexConcurrent adds articles from several goroutines while others
// query and remove (run it with -race), then checks that nothing was lost:
// every article added is there and finds its copy.
func TestIndexConcurrent(t *testing.T) {
	base := readDedup(t, "base").Body
	idx, _ := NewIndex(nil)
	const writers, perWriter = 4, 25
	articleOf := func(w, i int, copyNo int) *article.Article {
		// Each pair of copies tells its own story: a number in words
		// that no other pair uses, repeated so it makes most shingles.
		tag := fmt.Sprintf("Item %d of writer %d. ", i, w)
		return &article.Article{ID: fmt.Sprintf("w%d-%d-%d", w, i, copyNo), Body: strings.Repeat(tag, 30) + base[:200]}
	}
	var wg sync.WaitGroup
	errs := make(chan error, writers*perWriter*2)
	for w := 0; w < writers; w++ {
		wg.Add(2)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < perWriter; i++ {
				for c := 0; c < 2; c++ {
					if err := idx.Add(articleOf(w, i, c)); err != nil {
						errs <- err
					}
				}
				// A temporary article, removed at once.
				tmp := &article.Article{ID: fmt.Sprintf("tmp%d-%d", w, i), Body: base}
				if err := idx.Add(tmp); err != nil {
					errs <- err
				}
				idx.Remove(tmp.ID)
			}
		}(w)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < perWriter; i++ {
				if _, err := idx.Query(articleOf(w, i, 9)); err != nil {
					errs <- err
				}
				var buf bytes.Buffer
				if _, err := idx.WriteTo(&buf); err != nil {
					errs <- err
				}
			}
		}(w)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if got, want := idx.Len(), writers*perWriter*2; got != want {
		t.Errorf("Len = %d, want %d", got, want)
	}
	for w := 0; w < writers; w++ {
		for i := 0; i < perWriter; i++ {
			ms, err := idx.Query(articleOf(w, i, 9))
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, m := range ms {
				if m.Relation == Exact {
					ids = append(ids, m.ID)
				}
			}
			want := []string{articleOf(w, i, 0).ID, articleOf(w, i, 1).ID}
			if diff := cmp.Diff(want, ids); diff != "" {
				t.Errorf("exact copies of w%d-%d (-want +got):\n%s", w, i, diff)
			}
		}
	}
}

// TestIndexConcurrentReadFrom loads saved indexes made with other options
// (another SignatureSize and Threshold) while other goroutines Add, Query
// and read Bands (run it with -race). Nothing may panic, and afterwards
// the index must be consistent with the options last loaded: every
// signature has their size, and every article added after the last load
// is found by an exact Query.
func TestIndexConcurrentReadFrom(t *testing.T) {
	_, wide := savedIndex(t, &Options{SignatureSize: 256, Threshold: 0.8})
	_, narrow := savedIndex(t, &Options{SignatureSize: 64, Threshold: 0.6})
	base := readDedup(t, "base").Body
	articleOf := func(w, i, copyNo int) *article.Article {
		tag := fmt.Sprintf("Load item %d of writer %d. ", i, w)
		return &article.Article{ID: fmt.Sprintf("r%d-%d-%d", w, i, copyNo), Body: strings.Repeat(tag, 20) + base[:300]}
	}
	idx, _ := NewIndex(nil)
	const writers, perWriter, loads = 3, 60, 12
	var loaded atomic.Bool
	var mu sync.Mutex
	var after []*article.Article // added once the last load was done
	var wg sync.WaitGroup
	errs := make(chan error, 4*writers*perWriter+loads)
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < loads; i++ {
			data := narrow
			if i%2 == 1 {
				data = wide // the last load
			}
			if _, err := idx.ReadFrom(bytes.NewReader(data)); err != nil {
				errs <- err
			}
		}
		loaded.Store(true)
	}()
	for w := 0; w < writers; w++ {
		wg.Add(2)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < perWriter; i++ {
				a := articleOf(w, i, 0)
				done := loaded.Load()
				if err := idx.Add(a); err != nil {
					errs <- err
				}
				if done {
					mu.Lock()
					after = append(after, a)
					mu.Unlock()
				}
			}
		}(w)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < perWriter; i++ {
				if _, err := idx.Query(articleOf(w, i, 1)); err != nil {
					errs <- err
				}
				if b, r := idx.Bands(); b < 1 || r < 1 {
					errs <- fmt.Errorf("Bands = %d, %d", b, r)
				}
			}
		}(w)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	// A last round of adds, surely after the load.
	for w := 0; w < writers; w++ {
		a := articleOf(w, perWriter, 0)
		if err := idx.Add(a); err != nil {
			t.Fatal(err)
		}
		after = append(after, a)
	}
	want, _ := NewIndex(&Options{SignatureSize: 256, Threshold: 0.8})
	wb, wr := want.Bands()
	if b, r := idx.Bands(); b != wb || r != wr {
		t.Errorf("Bands = %d, %d; want %d, %d as loaded", b, r, wb, wr)
	}
	for _, e := range idx.entries {
		if e != nil && len(e.fp.Signature) != 0 && len(e.fp.Signature) != 256 {
			t.Errorf("article %s: signature of %d values in an index of 256", e.id, len(e.fp.Signature))
		}
	}
	for _, a := range after {
		q := &article.Article{ID: a.ID + "-query", Body: a.Body}
		ms, err := idx.Query(q)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, m := range ms {
			found = found || m.ID == a.ID && m.Relation == Exact
		}
		if !found {
			t.Errorf("%s, added after the load, not found by an exact query: %v", a.ID, ms)
		}
	}
}
