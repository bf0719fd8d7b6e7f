package dedup

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"math"
	"slices"
	"sort"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/newsmerge/newsmerge/article"
	"github.com/newsmerge/newsmerge/internal/par"
	"github.com/newsmerge/newsmerge/segment"
	"github.com/newsmerge/newsmerge/similarity"
)

// An Index finds, for a new article, the articles already seen that are
// exact copies, near copies or rewrites of it, without comparing it with
// every one of them.
//
// Near copies are found by locality-sensitive hashing: each article's
// MinHash signature is cut into bands (see LSHBands), and only the articles
// sharing a band with the query, or its exact-content hash, are candidates;
// each candidate is then confirmed with the exact Jaccard similarity of the
// shingle sets, so no pair below the threshold is ever reported. Rewrites
// are found through rare terms: every article is filed under up to 48 of
// its content words (capitalised words inside a sentence first, mostly
// names: the index does not run Analyze for the entities, which costs
// some four times the Split it already does per article, see
// BenchmarkAnalyzeCorpus and BenchmarkSplit), a term held by more than 256
// articles is dropped as too common (for good: removals do not bring it
// back, loading a saved index does), and the (at most 8) articles sharing
// the most weight of rare terms with the query, at least 3 terms, are
// compared with Scorer.CompareArticles (see Rewrite).
//
// An Index keeps per article its ID, fingerprint (shingle set and
// signature), its terms and, unless rewrites are turned off
// (Options.MinRewrite above 1), the article itself, which the rewrite
// comparison needs. On news of about 130 words that is about 2.4 KB an
// article for near copies only and 4 KB with rewrites, the articles not
// counted. A Query with rewrites prepares up to 8 candidate articles for
// CompareArticles, which makes it some ten times slower than one for near
// copies only (BenchmarkIndexQuery).
//
// All methods are safe for concurrent use. The zero Index is an empty index
// with the default options, as NewIndex(nil) makes it. On a nil *Index, Add,
// Query, ReadFrom and WriteTo return an error wrapping ErrNil; Len and
// RemoveBefore return 0, Remove false and Bands 0, 0.
type Index struct {
	c    dedupConfig
	once sync.Once // sets up the zero Index (see setup)

	mu      sync.RWMutex
	entries []*entry // by slot; nil for a free slot
	free    []int32  // free slots, reused last in first out
	byID    map[string]int32
	bands   []slotMap          // band key -> slots, one map per band
	exact   slotMap            // content hash -> slots
	terms   map[string][]int32 // rare term -> slots; nil value: too common
}

// An entry is one indexed article.
type entry struct {
	id        string
	published time.Time
	fp        *Fingerprint
	terms     []string         // sorted
	art       *article.Article // kept for rewrites only
}

// NewIndex returns an empty Index with the given options (nil means the
// defaults), or an error for options out of range.
func NewIndex(opts *Options) (*Index, error) {
	c, err := opts.config()
	if err != nil {
		return nil, err
	}
	return newIndex(c), nil
}

func newIndex(c dedupConfig) *Index {
	idx := &Index{c: c}
	idx.once.Do(idx.reset)
	return idx
}

// setup makes the zero Index an empty index with the default options; it
// does nothing to an index made by newIndex. Every exported method calls it
// (through config, for those that take the options) before touching the
// index.
func (idx *Index) setup() {
	idx.once.Do(func() {
		idx.c, _ = (*Options)(nil).config()
		idx.reset()
	})
}

// reset empties the index.
func (idx *Index) reset() {
	idx.entries, idx.free = nil, nil
	idx.byID = make(map[string]int32)
	idx.bands = make([]slotMap, idx.c.bands)
	for i := range idx.bands {
		idx.bands[i] = newSlotMap()
	}
	idx.exact = newSlotMap()
	idx.terms = make(map[string][]int32)
}

// Bands returns the number of LSH bands and the rows of each (see
// LSHBands): those of the options the index was made with, or of the last
// index ReadFrom loaded.
func (idx *Index) Bands() (bands, rows int) {
	if idx == nil {
		return 0, 0
	}
	c := idx.config()
	return c.bands, c.rows
}

// config returns the index's options. They change only in ReadFrom, under
// the write lock, so what is computed from a copy taken here must be
// checked again under the lock (see Add and Query).
func (idx *Index) config() dedupConfig {
	idx.setup()
	idx.mu.RLock()
	defer idx.mu.RUnlock()
	return idx.c
}

// Len returns the number of articles in the index.
func (idx *Index) Len() int {
	if idx == nil {
		return 0
	}
	idx.setup()
	idx.mu.RLock()
	defer idx.mu.RUnlock()
	return len(idx.byID)
}

// Add indexes an article. It returns the error of Article.Validate for an
// invalid article, an *ArticleError wrapping ErrEmpty for nil, and one
// wrapping ErrDuplicateID when an article with the same ID is indexed
// already (Remove it first to replace it). The index keeps a, which must
// not be changed afterwards.
func (idx *Index) Add(a *article.Article) error {
	if idx == nil {
		return article.NilError("index")
	}
	if err := validateOne(a); err != nil {
		return err
	}
	// The entry is computed outside the lock, with the options of the
	// moment; should ReadFrom have changed them meanwhile, it is computed
	// again with the new ones, so that no entry is filed under options
	// it was not made with.
	d := segment.Read(a)
	c := idx.config()
	e := c.newEntry(d)
	idx.mu.Lock()
	defer idx.mu.Unlock()
	if _, ok := idx.byID[a.ID]; ok {
		return &article.ArticleError{ID: a.ID, Field: "id", Offset: -1, Err: article.ErrDuplicateID}
	}
	if idx.c != c {
		e = idx.c.newEntry(d)
	}
	idx.insert(e)
	return nil
}

// validateOne checks one article for Add and Query.
func validateOne(a *article.Article) error {
	if a == nil {
		return &article.ArticleError{Field: "article", Offset: -1, Err: article.ErrEmpty}
	}
	return a.Validate()
}

// newEntry computes what an index with options c keeps of an article.
func (c *dedupConfig) newEntry(d *segment.Document) *entry {
	a := d.Article
	body := bodyOf(d)
	e := &entry{id: a.ID, published: a.Published, fp: c.fingerprint(a, body)}
	if c.rewrites() {
		e.terms = rareTerms(body)
		e.art = a
	}
	return e
}

// insert files an entry and returns its slot. The caller holds the write
// lock (or owns the index alone).
func (idx *Index) insert(e *entry) int32 {
	var slot int32
	if n := len(idx.free); n > 0 {
		slot = idx.free[n-1]
		idx.free = idx.free[:n-1]
		idx.entries[slot] = e
	} else {
		slot = int32(len(idx.entries))
		idx.entries = append(idx.entries, e)
	}
	idx.byID[e.id] = slot
	idx.exact.add(e.fp.Hash, slot)
	for b, key := range idx.bandKeys(e.fp) {
		idx.bands[b].add(key, slot)
	}
	for _, t := range e.terms {
		list, ok := idx.terms[t]
		switch {
		case ok && list == nil:
			// too common already
		case len(list) >= maxTermArticles:
			idx.terms[t] = nil
		default:
			idx.terms[t] = append(list, slot)
		}
	}
	return slot
}

// Remove takes the article with the given ID out of the index and reports
// whether it was there.
func (idx *Index) Remove(id string) bool {
	if idx == nil {
		return false
	}
	idx.setup()
	idx.mu.Lock()
	defer idx.mu.Unlock()
	slot, ok := idx.byID[id]
	if ok {
		idx.remove(slot)
	}
	return ok
}

// RemoveBefore takes out every article published before t (articles with
// an unknown, zero Published time stay) and returns how many it removed:
// the way to keep a sliding window of recent news.
func (idx *Index) RemoveBefore(t time.Time) int {
	if idx == nil {
		return 0
	}
	idx.setup()
	idx.mu.Lock()
	defer idx.mu.Unlock()
	n := 0
	for slot, e := range idx.entries {
		if e != nil && !e.published.IsZero() && e.published.Before(t) {
			idx.remove(int32(slot))
			n++
		}
	}
	return n
}

// remove drops the entry in slot from every list. The caller holds the
// write lock.
func (idx *Index) remove(slot int32) {
	e := idx.entries[slot]
	delete(idx.byID, e.id)
	idx.exact.remove(e.fp.Hash, slot)
	for b, key := range idx.bandKeys(e.fp) {
		idx.bands[b].remove(key, slot)
	}
	for _, t := range e.terms {
		if list := idx.terms[t]; list != nil {
			dropSlot(idx.terms, t, slot)
		}
	}
	idx.entries[slot] = nil
	idx.free = append(idx.free, slot)
}

// A slotMap files slots under 64-bit keys. Most keys of an LSH band hold
// one article, so those are kept in a map of single slots (12 bytes an
// entry) and only keys holding more in a map of lists.
type slotMap struct {
	single map[uint64]int32
	multi  map[uint64][]int32
}

func newSlotMap() slotMap {
	return slotMap{single: make(map[uint64]int32), multi: make(map[uint64][]int32)}
}

// add files slot under key.
func (m slotMap) add(key uint64, slot int32) {
	if list, ok := m.multi[key]; ok {
		m.multi[key] = append(list, slot)
		return
	}
	if first, ok := m.single[key]; ok {
		delete(m.single, key)
		m.multi[key] = []int32{first, slot}
		return
	}
	m.single[key] = slot
}

// remove takes slot from under key.
func (m slotMap) remove(key uint64, slot int32) {
	if s, ok := m.single[key]; ok {
		if s == slot {
			delete(m.single, key)
		}
		return
	}
	dropSlot(m.multi, key, slot)
	if list := m.multi[key]; len(list) == 1 {
		delete(m.multi, key)
		m.single[key] = list[0]
	}
}

// appendTo appends the slots under key to out.
func (m slotMap) appendTo(out []int32, key uint64) []int32 {
	if s, ok := m.single[key]; ok {
		return append(out, s)
	}
	return append(out, m.multi[key]...)
}

// dropSlot removes slot from the list under key, and the key when its list
// becomes empty.
func dropSlot[K comparable](m map[K][]int32, key K, slot int32) {
	list := m[key]
	for i, s := range list {
		if s == slot {
			list = append(list[:i], list[i+1:]...)
			break
		}
	}
	if len(list) == 0 {
		delete(m, key)
		return
	}
	m[key] = list
}

// bandKeys returns the key of each band of a signature: a hash of the band's
// rows. A fingerprint without a signature has no band keys.
func (idx *Index) bandKeys(fp *Fingerprint) []uint64 {
	if len(fp.Signature) == 0 {
		return nil
	}
	keys := make([]uint64, idx.c.bands)
	r := idx.c.rows
	for b := range keys {
		h := uint64(b) + 1
		for _, v := range fp.Signature[b*r : (b+1)*r] {
			h = mix64(h*0x100000001b3 ^ uint64(v))
		}
		keys[b] = h
	}
	return keys
}

// Query returns the indexed articles that are exact copies, near copies or
// rewrites of a, each once with its strongest relation: ordered Exact, then
// NearCopy, then Rewrite, by score (highest first) within a relation, then
// by ID. An indexed article with a's own ID is not reported. It returns the
// error of Article.Validate for an invalid article and an *ArticleError
// wrapping ErrEmpty for nil; an empty index gives no matches. The
// index is not changed: Add a afterwards to find it later.
func (idx *Index) Query(a *article.Article) ([]Match, error) {
	if idx == nil {
		return nil, article.NilError("index")
	}
	if err := validateOne(a); err != nil {
		return nil, err
	}
	d := segment.Read(a)
	c := idx.config()
	c, matches, rewrites := idx.queryLocked(d, c, c.newEntry(d))
	if len(rewrites) > 0 {
		s := c.scorer
		pq := s.PrepareDocument(d)
		for _, b := range rewrites {
			if v, ok := c.rewrite(pq, s.PrepareArticle(b)); ok {
				matches = append(matches, Match{ID: b.ID, Relation: Rewrite, Score: v})
			}
		}
	}
	sortMatches(matches)
	return matches, nil
}

// queryLocked does the part of Query that needs the read lock: it returns
// the options in force, the confirmed near matches of a and the articles
// to compare with it for rewrites. q is a's entry made with options c; it
// is made again should ReadFrom have changed the options since.
func (idx *Index) queryLocked(d *segment.Document, c dedupConfig, q *entry) (dedupConfig, []Match, []*article.Article) {
	a := d.Article
	idx.mu.RLock()
	defer idx.mu.RUnlock()
	if idx.c != c {
		c = idx.c
		q = c.newEntry(d)
	}
	var matches []Match
	var rewrites []*article.Article
	found := make(map[int32]bool)
	for _, slot := range idx.nearCandidates(q.fp) {
		e := idx.entries[slot]
		if e.id == a.ID {
			continue
		}
		if rel, score := c.nearRelationScore(q.fp, e.fp); rel != Unrelated {
			matches = append(matches, Match{ID: e.id, Relation: rel, Score: score})
			found[slot] = true
		}
	}
	if c.rewrites() {
		for _, slot := range idx.rewriteCandidates(q.terms, found) {
			if e := idx.entries[slot]; e.id != a.ID {
				rewrites = append(rewrites, e.art)
			}
		}
	}
	return c, matches, rewrites
}

// nearCandidates returns the slots sharing the content hash or a band with
// fp, in ascending order. The caller holds a lock.
func (idx *Index) nearCandidates(fp *Fingerprint) []int32 {
	out := idx.exact.appendTo(nil, fp.Hash)
	for b, key := range idx.bandKeys(fp) {
		out = idx.bands[b].appendTo(out, key)
	}
	return compactSlots(out)
}

// compactSlots sorts slots and drops repeats.
func compactSlots(s []int32) []int32 {
	slices.Sort(s)
	return slices.Compact(s)
}

// rewriteCandidates returns the slots, not in skip, that share at least
// minSharedTerms rare terms with terms: the maxRewriteCandidates with the
// most weight of shared terms (a term held by k articles weighs
// log(1+N/k) for N indexed articles), ties by ID, in that order. The
// caller holds a lock.
func (idx *Index) rewriteCandidates(terms []string, skip map[int32]bool) []int32 {
	type cand struct {
		weight float64
		shared int
	}
	n := float64(len(idx.byID))
	cands := make(map[int32]*cand)
	for _, t := range terms {
		list := idx.terms[t]
		if list == nil {
			continue
		}
		w := math.Log1p(n / float64(len(list)))
		for _, slot := range list {
			if skip[slot] {
				continue
			}
			c := cands[slot]
			if c == nil {
				c = &cand{}
				cands[slot] = c
			}
			c.weight += w
			c.shared++
		}
	}
	var out []int32
	for slot, c := range cands {
		if c.shared >= minSharedTerms {
			out = append(out, slot)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := cands[out[i]], cands[out[j]]
		if a.weight != b.weight {
			return a.weight > b.weight
		}
		return idx.entries[out[i]].id < idx.entries[out[j]].id
	})
	if len(out) > maxRewriteCandidates {
		out = out[:maxRewriteCandidates]
	}
	return out
}

// corpusLinks returns the pairs of slots (earlier first) of an index holding
// a whole corpus, in slot order, that are Exact, NearCopy or Rewrite.
// prepared holds each slot's prepared article when rewrites are on. Each
// pair is confirmed once, whichever side found it, so the links do not
// depend on which article was looked up first.
func (idx *Index) corpusLinks(entries []*entry, prepared []*similarity.PreparedArticle) [][2]int32 {
	n := len(entries)
	near := make([][]int32, n)
	cands := make([][]int32, n)
	par.For(n, func(i int) {
		found := make(map[int32]bool)
		for _, j := range idx.nearCandidates(entries[i].fp) {
			if int(j) != i && idx.c.nearRelation(entries[i].fp, entries[j].fp) != Unrelated {
				found[j] = true
				if int(j) > i {
					near[i] = append(near[i], j)
				}
			}
		}
		if prepared != nil {
			found[int32(i)] = true
			cands[i] = idx.rewriteCandidates(entries[i].terms, found)
		}
	})
	var links [][2]int32
	for i, js := range near {
		for _, j := range js {
			links = append(links, [2]int32{int32(i), j})
		}
	}
	if prepared == nil {
		return links
	}
	isNear := make(map[[2]int32]bool, len(links))
	for _, l := range links {
		isNear[l] = true
	}
	var pairs [][2]int32
	for i, js := range cands {
		for _, j := range js {
			p := [2]int32{int32(i), j}
			if j < int32(i) {
				p = [2]int32{j, int32(i)}
			}
			if !isNear[p] {
				pairs = append(pairs, p)
			}
		}
	}
	sort.Slice(pairs, func(a, b int) bool {
		if pairs[a][0] != pairs[b][0] {
			return pairs[a][0] < pairs[b][0]
		}
		return pairs[a][1] < pairs[b][1]
	})
	uniq := pairs[:0]
	for i, p := range pairs {
		if i == 0 || p != pairs[i-1] {
			uniq = append(uniq, p)
		}
	}
	ok := make([]bool, len(uniq))
	par.For(len(uniq), func(k int) {
		p := uniq[k]
		_, ok[k] = idx.c.rewrite(prepared[p[0]], prepared[p[1]])
	})
	for k, p := range uniq {
		if ok[k] {
			links = append(links, p)
		}
	}
	return links
}

// Persistence.
//
// The format, version 1, all integers unsigned varints unless said:
//
//	magic "NMDEDUP\n", version
//	shingle size, signature size, then threshold, min rewrite and max miss
//	as 8-byte little-endian IEEE 754 bits
//	article count, then per article:
//	  ID, content hash (8 bytes LE), shingle count, shingles as deltas,
//	  signature (4 bytes LE each; none without shingles), term count,
//	  terms, Published (0 for unknown, or 1, Unix seconds as a zig-zag
//	  varint and nanoseconds), a flag (1: the article follows) and then
//	  Source, URL, Title and Body
//	CRC-32 (IEEE) of everything before it, 4 bytes LE
//
// Strings are a length and their bytes.

// indexMagic opens a saved Index.
const indexMagic = "NMDEDUP\n"

// IndexVersion is the version of the format WriteTo writes, and the only
// one ReadFrom reads.
const IndexVersion = 1

// ErrIndexFormat is wrapped by the errors of Index.ReadFrom for input that is
// not a saved Index (a foreign file), another version, or a corrupt one.
var ErrIndexFormat = errors.New("newsmerge: bad index data")

// maxIndexString is the longest string ReadFrom accepts other than a body.
const maxIndexString = 1 << 16

// WriteTo writes the index to w (see ReadFrom) and returns the number of
// bytes written and the first write error. Articles are written in the
// order of their IDs, so the same contents give the same bytes. WriteTo
// takes a read lock: queries go on, adds wait. A nil writer gives an error
// wrapping ErrNil.
func (idx *Index) WriteTo(w io.Writer) (int64, error) {
	switch {
	case idx == nil:
		return 0, article.NilError("index")
	case w == nil:
		return 0, article.NilError("writer")
	}
	idx.setup()
	idx.mu.RLock()
	defer idx.mu.RUnlock()
	out := &byteCounter{w: w}
	cw := &countWriter{w: bufio.NewWriter(out), crc: crc32.NewIEEE()}
	cw.string(indexMagic)
	cw.uvarint(IndexVersion)
	cw.uvarint(uint64(idx.c.shingle))
	cw.uvarint(uint64(idx.c.sigSize))
	for _, f := range []float64{idx.c.threshold, idx.c.minRewrite, idx.c.maxMiss} {
		cw.fixed64(math.Float64bits(f))
	}
	ids := make([]string, 0, len(idx.byID))
	for id := range idx.byID {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	cw.uvarint(uint64(len(ids)))
	for _, id := range ids {
		e := idx.entries[idx.byID[id]]
		cw.str(e.id)
		cw.fixed64(e.fp.Hash)
		cw.uvarint(uint64(len(e.fp.Shingles)))
		prev := uint64(0)
		for _, s := range e.fp.Shingles {
			cw.uvarint(s - prev)
			prev = s
		}
		for _, v := range e.fp.Signature {
			cw.fixed32(v)
		}
		cw.uvarint(uint64(len(e.terms)))
		for _, t := range e.terms {
			cw.str(t)
		}
		if e.published.IsZero() {
			cw.uvarint(0)
		} else {
			cw.uvarint(1)
			cw.varint(e.published.Unix())
			cw.uvarint(uint64(e.published.Nanosecond()))
		}
		if e.art == nil {
			cw.uvarint(0)
			continue
		}
		cw.uvarint(1)
		for _, s := range []string{e.art.Source, e.art.URL, e.art.Title, e.art.Body} {
			cw.str(s)
		}
	}
	sum := cw.crc.Sum32()
	var b [4]byte
	binary.LittleEndian.PutUint32(b[:], sum)
	cw.write(b[:])
	if cw.err == nil {
		cw.err = cw.w.Flush()
	}
	return out.n, cw.err
}

// byteCounter counts the bytes written through it.
type byteCounter struct {
	w io.Writer
	n int64
}

func (c *byteCounter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// countWriter writes through a buffer, summing a CRC and keeping the first
// error.
type countWriter struct {
	w   *bufio.Writer
	crc interface {
		io.Writer
		Sum32() uint32
	}
	err error
	buf [binary.MaxVarintLen64]byte
}

func (cw *countWriter) write(b []byte) {
	if cw.err != nil {
		return
	}
	_, cw.err = cw.w.Write(b)
	cw.crc.Write(b)
}

func (cw *countWriter) string(s string) { cw.write([]byte(s)) }
func (cw *countWriter) uvarint(v uint64) {
	cw.write(cw.buf[:binary.PutUvarint(cw.buf[:], v)])
}
func (cw *countWriter) varint(v int64) { cw.write(cw.buf[:binary.PutVarint(cw.buf[:], v)]) }
func (cw *countWriter) fixed64(v uint64) {
	cw.write(binary.LittleEndian.AppendUint64(cw.buf[:0], v))
}
func (cw *countWriter) fixed32(v uint32) {
	cw.write(binary.LittleEndian.AppendUint32(cw.buf[:0], v))
}
func (cw *countWriter) str(s string) {
	cw.uvarint(uint64(len(s)))
	cw.string(s)
}

// ReadFrom replaces the index's contents and options with an index saved by
// WriteTo, keeping only its Scorer, and returns the number of bytes read.
// Input that is not a saved index, of another version, truncated, or
// failing its checksum or any consistency check gives an error wrapping
// ErrIndexFormat that says at which byte; the index is then left as it
// was. Read errors are returned as they are. ReadFrom never panics, and
// allocates in proportion to the input it has read, whatever sizes the
// input claims. It may run while other goroutines Add and Query: each of
// those works wholly with the options and contents from before the load or
// wholly with those after it. A nil reader gives an error wrapping ErrNil.
func (idx *Index) ReadFrom(r io.Reader) (int64, error) {
	switch {
	case idx == nil:
		return 0, article.NilError("index")
	case r == nil:
		return 0, article.NilError("reader")
	}
	cr := &countReader{r: bufio.NewReader(r), crc: crc32.NewIEEE()}
	c, entries, err := readIndex(cr, idx.config().scorer)
	if err != nil {
		return cr.n, err
	}
	fresh := newIndex(c)
	for _, e := range entries {
		fresh.insert(e)
	}
	idx.mu.Lock()
	defer idx.mu.Unlock()
	idx.c = fresh.c
	idx.entries, idx.free, idx.byID = fresh.entries, fresh.free, fresh.byID
	idx.bands, idx.exact, idx.terms = fresh.bands, fresh.exact, fresh.terms
	return cr.n, nil
}

// readIndex reads a saved index: its options and entries.
func readIndex(cr *countReader, scorer *similarity.Scorer) (dedupConfig, []*entry, error) {
	var c dedupConfig
	magic := cr.bytes(len(indexMagic))
	if cr.err != nil || string(magic) != indexMagic {
		cr.err = nil // a short input is foreign, not truncated
		return c, nil, cr.fail(0, "not a newsmerge index (no %q header)", indexMagic[:7])
	}
	if v := cr.uvarint(); cr.err == nil && v != IndexVersion {
		return c, nil, cr.fail(int64(len(indexMagic)), "index version %d, want %d", v, IndexVersion)
	}
	opts := Options{Scorer: scorer}
	opts.ShingleSize = int(cr.bounded(MaxShingleSize, "shingle size"))
	opts.SignatureSize = int(cr.bounded(MaxSignatureSize, "signature size"))
	opts.Threshold = math.Float64frombits(cr.fixed64())
	opts.MinRewrite = math.Float64frombits(cr.fixed64())
	opts.MaxMiss = math.Float64frombits(cr.fixed64())
	if cr.err != nil {
		return c, nil, cr.err
	}
	if opts.ShingleSize == 0 || opts.SignatureSize == 0 || opts.Threshold == 0 || opts.MaxMiss == 0 || opts.MinRewrite == 0 {
		return c, nil, cr.fail(cr.n, "options out of range")
	}
	c, err := opts.config()
	if err != nil {
		return c, nil, cr.fail(cr.n, "%v", err)
	}
	count := cr.uvarint()
	var entries []*entry
	ids := make(map[string]bool)
	for i := uint64(0); i < count && cr.err == nil; i++ {
		e := cr.entry(&c)
		if cr.err != nil {
			break
		}
		if ids[e.id] {
			return c, nil, cr.fail(cr.n, "article %q twice", e.id)
		}
		ids[e.id] = true
		entries = append(entries, e)
	}
	if cr.err != nil {
		return c, nil, cr.err
	}
	want := cr.crc.Sum32()
	sum := cr.bytes(4)
	if cr.err != nil {
		return c, nil, cr.err
	}
	if binary.LittleEndian.Uint32(sum) != want {
		return c, nil, cr.fail(cr.n-4, "checksum mismatch: the index is corrupt")
	}
	return c, entries, nil
}

// countReader reads the saved format, counting bytes and summing a CRC; the
// first problem is kept in err and every later read returns zero values.
type countReader struct {
	r   *bufio.Reader
	crc interface {
		io.Writer
		Sum32() uint32
	}
	n   int64
	err error
}

// fail records a format error at byte off.
func (cr *countReader) fail(off int64, format string, args ...any) error {
	if cr.err == nil {
		cr.err = fmt.Errorf("%w: at byte %d: %s", ErrIndexFormat, off, fmt.Sprintf(format, args...))
	}
	return cr.err
}

func (cr *countReader) ReadByte() (byte, error) {
	if cr.err != nil {
		return 0, cr.err
	}
	b, err := cr.r.ReadByte()
	if err != nil {
		cr.readErr(err)
		return 0, cr.err
	}
	cr.n++
	cr.crc.Write([]byte{b})
	return b, nil
}

// readErr records a read error: the end of input is a truncated index.
func (cr *countReader) readErr(err error) {
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		cr.fail(cr.n, "unexpected end of input: the index is truncated")
		return
	}
	cr.err = err
}

// bytes reads n bytes, in chunks so that a claimed length larger than the
// input allocates no more than the input.
func (cr *countReader) bytes(n int) []byte {
	var out []byte
	for cr.err == nil && len(out) < n {
		chunk := min(n-len(out), 64<<10)
		start := len(out)
		out = append(out, make([]byte, chunk)...)
		if _, err := io.ReadFull(cr.r, out[start:]); err != nil {
			cr.readErr(err)
			return nil
		}
		cr.n += int64(chunk)
		cr.crc.Write(out[start:])
	}
	return out
}

func (cr *countReader) uvarint() uint64 {
	start := cr.n
	v, err := binary.ReadUvarint(cr)
	if err != nil && cr.err == nil {
		cr.fail(start, "bad varint")
	}
	return v
}

// varint reads a zig-zag varint, as binary.PutVarint writes it.
func (cr *countReader) varint() int64 {
	v := cr.uvarint()
	return int64(v>>1) ^ -int64(v&1)
}

// bounded reads a varint that must be at most max.
func (cr *countReader) bounded(max uint64, what string) uint64 {
	start := cr.n
	v := cr.uvarint()
	if cr.err == nil && v > max {
		cr.fail(start, "%s %d above %d", what, v, max)
		return 0
	}
	return v
}

func (cr *countReader) fixed64() uint64 {
	b := cr.bytes(8)
	if cr.err != nil {
		return 0
	}
	return binary.LittleEndian.Uint64(b)
}

// str reads a string of at most max bytes that must be valid UTF-8.
func (cr *countReader) str(max uint64, what string) string {
	start := cr.n
	n := cr.bounded(max, what+" length")
	s := string(cr.bytes(int(n)))
	if cr.err == nil && !utf8.ValidString(s) {
		cr.fail(start, "%s is not valid UTF-8", what)
	}
	return s
}

// entry reads one article's entry and checks it against the options.
func (cr *countReader) entry(c *dedupConfig) *entry {
	start := cr.n
	e := &entry{id: cr.str(maxIndexString, "ID"), fp: &Fingerprint{}}
	e.fp.Hash = cr.fixed64()
	nsh := cr.uvarint()
	prev := uint64(0)
	for i := uint64(0); i < nsh && cr.err == nil; i++ {
		d := cr.uvarint()
		if i > 0 && d == 0 || d > math.MaxUint64-prev {
			cr.fail(start, "article %q: shingles not in ascending order", e.id)
			break
		}
		prev += d
		e.fp.Shingles = append(e.fp.Shingles, prev)
	}
	if nsh > 0 {
		e.fp.Signature = make([]uint32, 0, min(c.sigSize, 1024))
		for i := 0; i < c.sigSize && cr.err == nil; i++ {
			b := cr.bytes(4)
			if cr.err == nil {
				e.fp.Signature = append(e.fp.Signature, binary.LittleEndian.Uint32(b))
			}
		}
	}
	nt := cr.bounded(maxArticleTerms, "term count")
	for i := uint64(0); i < nt && cr.err == nil; i++ {
		t := cr.str(maxIndexString, "term")
		if len(e.terms) > 0 && t <= e.terms[len(e.terms)-1] {
			cr.fail(start, "article %q: terms not in ascending order", e.id)
		}
		e.terms = append(e.terms, t)
	}
	switch known := cr.uvarint(); {
	case cr.err != nil:
	case known == 1:
		sec := cr.varint()
		nsec := cr.bounded(999999999, "nanoseconds")
		e.published = time.Unix(sec, int64(nsec)).UTC()
	case known != 0:
		cr.fail(start, "article %q: bad time flag %d", e.id, known)
	}
	switch flag := cr.uvarint(); {
	case cr.err != nil:
	case flag == 1:
		a := &article.Article{ID: e.id, Published: e.published}
		a.Source = cr.str(maxIndexString, "source")
		a.URL = cr.str(maxIndexString, "URL")
		a.Title = cr.str(maxIndexString, "title")
		a.Body = cr.str(article.MaxArticleBytes, "body")
		if cr.err == nil {
			if err := a.Validate(); err != nil {
				cr.fail(start, "%v", err)
			}
		}
		e.art = a
	case flag != 0:
		cr.fail(start, "article %q: bad flag %d", e.id, flag)
	}
	if cr.err == nil && c.rewrites() != (e.art != nil) {
		cr.fail(start, "article %q: text stored is %v but rewrites on is %v", e.id, e.art != nil, c.rewrites())
	}
	return e
}
