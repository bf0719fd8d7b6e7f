package newsmerge

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	"github.com/google/go-cmp/cmp"
)

// checkArticleError checks an error returned for an article: it must wrap
// wantErr (when not nil), be an *ArticleError with the given field and offset,
// and name the article id in its message.
func checkArticleError(t *testing.T, err, wantErr error, id, field string, offset int) {
	t.Helper()
	if err == nil {
		t.Fatalf("got no error, want an error (field %q, offset %d, wrapping %v)", field, offset, wantErr)
	}
	if wantErr != nil && !errors.Is(err, wantErr) {
		t.Errorf("errors.Is(%v, %v) = false", err, wantErr)
	}
	if !strings.Contains(err.Error(), strconv.Quote(id)) {
		t.Errorf("error message %q does not name the article %q", err, id)
	}
	var ae *ArticleError
	if !errors.As(err, &ae) {
		t.Fatalf("error %v (%T) is not an *ArticleError", err, err)
	}
	got := struct {
		ID, Field string
		Offset    int
	}{ae.ID, ae.Field, ae.Offset}
	want := struct {
		ID, Field string
		Offset    int
	}{id, field, offset}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ArticleError %v (-want +got):\n%s", err, diff)
	}
}

func TestParseText(t *testing.T) {
	const id = "wire-7"
	tests := []struct {
		name      string
		in        string
		wantTitle string
		// For a failure: the sentinel, the field and the offset.
		wantErr    error
		wantField  string
		wantOffset int
	}{
		{
			name:      "headline then blank line",
			in:        "Storm Hits Coast\n\nThe storm made landfall on Monday. Residents fled.\n",
			wantTitle: "Storm Hits Coast",
		},
		{
			name:      "headline trimmed of white space",
			in:        "  Storm Hits Coast \t\n\n  The storm made landfall on Monday.",
			wantTitle: "Storm Hits Coast",
		},
		{
			name:      "headline with quotes and dashes",
			in:        "White House ‘Very Optimistic’ Ahead of High-Stakes Russia–U.S. Peace Meeting\n\n0\n\nThe White House says it is “very optimistic.”",
			wantTitle: "White House ‘Very Optimistic’ Ahead of High-Stakes Russia–U.S. Peace Meeting",
		},
		{
			// A two-line block whose first line is much shorter than the
			// second is not hard-wrapped text: the single line break ends the
			// headline's paragraph (Split: "close to the block's widest line").
			name:      "headline then single line break",
			in:        "Ceasefire Holds in Gaza\nThe ceasefire held overnight, officials said on Monday.",
			wantTitle: "Ceasefire Holds in Gaza",
		},
		{
			name:      "headline then one-line paragraphs",
			in:        "Man Bites Dog\nA man bit a dog on Tuesday, police said.\nThe dog is fine.",
			wantTitle: "Man Bites Dog",
		},
		{
			name: "no headline: a single paragraph",
			in:   "The storm made landfall on Monday. Residents fled.",
		},
		{
			name: "no headline: a headline-like line alone",
			in:   "Storm Hits Coast\n",
		},
		{
			name: "no headline: first line ends a sentence",
			in:   "The storm made landfall on Monday.\n\nResidents fled.",
		},
		{
			name: "no headline: first line ends with a colon",
			in:   "Here is what we know:\n\nThe storm made landfall on Monday.",
		},
		{
			name: "no headline: the text opens with a dateline",
			in:   "MIAMI (AP) — The storm made landfall on Monday\n\nResidents fled.",
		},
		{
			name: "no headline: byline",
			in:   "By Jane Doe\n\nThe storm made landfall on Monday.",
		},
		{
			name: "no headline: number-only first line",
			in:   "0\n\nThe storm made landfall on Monday.",
		},
		{
			name: "no headline: more than 30 words",
			in:   strings.Repeat("Word ", 31) + "\n\nThe storm made landfall on Monday.",
		},
		{
			name:      "CRLF line endings",
			in:        "Storm Hits Coast\r\n\r\nThe storm made landfall on Monday.\r\nResidents fled.\r\n",
			wantTitle: "Storm Hits Coast",
		},
		{
			name:      "byte order mark",
			in:        "\uFEFFStorm Hits Coast\n\nThe storm made landfall on Monday.",
			wantTitle: "Storm Hits Coast",
		},
		{
			name:      "byte order mark and CRLF",
			in:        "\uFEFFStorm Hits Coast\r\n\r\nThe storm made landfall on Monday.\r\n",
			wantTitle: "Storm Hits Coast",
		},
		{
			name:      "non-ASCII headline",
			in:        "Micheál Martin Meets Zelenskyy in São Paulo\n\nThe leaders met on Monday.",
			wantTitle: "Micheál Martin Meets Zelenskyy in São Paulo",
		},
		{
			name: "body kept byte for byte: tabs, trailing spaces, NUL",
			in:   "\t The storm  made landfall.  \n\n\n\x00 Residents fled. \t",
		},

		{name: "empty", in: "", wantErr: ErrEmpty, wantField: "body", wantOffset: -1},
		{name: "spaces", in: "   ", wantErr: ErrEmpty, wantField: "body", wantOffset: -1},
		{name: "blank lines", in: "\n\n \t\r\n\v\f", wantErr: ErrEmpty, wantField: "body", wantOffset: -1},
		{name: "Unicode spaces", in: "\u00A0\u2003\u3000\u2028\u0085", wantErr: ErrEmpty, wantField: "body", wantOffset: -1},
		{name: "byte order mark only", in: "\uFEFF", wantErr: ErrEmpty, wantField: "body", wantOffset: -1},
		{name: "byte order mark and blank lines", in: "\uFEFF \r\n\r\n", wantErr: ErrEmpty, wantField: "body", wantOffset: -1},

		{name: "invalid byte", in: "Storm\xffHits\n\nBody.", wantErr: ErrInvalidUTF8, wantField: "body", wantOffset: 5},
		{name: "Latin-1 text", in: "Caf\xe9 society", wantErr: ErrInvalidUTF8, wantField: "body", wantOffset: 3},
		{name: "truncated sequence at the end", in: "Ma\xc3", wantErr: ErrInvalidUTF8, wantField: "body", wantOffset: 2},
		{name: "truncated emoji after non-ASCII text", in: "héllo wörld\xf0\x9f", wantErr: ErrInvalidUTF8, wantField: "body", wantOffset: 13},
		{name: "encoded surrogate", in: "\xed\xa0\x80 text", wantErr: ErrInvalidUTF8, wantField: "body", wantOffset: 0},
		{name: "overlong encoding", in: "\xc0\xaf text", wantErr: ErrInvalidUTF8, wantField: "body", wantOffset: 0},
		{name: "invalid byte after a byte order mark", in: "\uFEFFab\x80", wantErr: ErrInvalidUTF8, wantField: "body", wantOffset: 5},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseText(id, strings.NewReader(tc.in))
			if tc.wantErr != nil {
				if got != nil {
					t.Errorf("got article %+v with the error", got)
				}
				checkArticleError(t, err, tc.wantErr, id, tc.wantField, tc.wantOffset)
				return
			}
			if err != nil {
				t.Fatalf("ParseText: %v", err)
			}
			want := &Article{ID: id, Title: tc.wantTitle, Body: tc.in}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("ParseText(%q) (-want +got):\n%s", tc.in, diff)
			}
			// The headline stays in the body, and Split gives it its role.
			segs := Split(got)
			checkSplitInvariants(t, got.Body, segs)
			if got.Title != "" && (len(segs) == 0 || segs[0].Role != RoleHeadline || segs[0].Text != got.Title) {
				t.Errorf("Title %q, but Split's first segment is %+v", got.Title, segs[:min(1, len(segs))])
			}
		})
	}
}

// cycleReader yields its pattern over and over, for n bytes in all, or
// forever when n < 0.
type cycleReader struct {
	pattern string
	n       int
	off     int
}

func (r *cycleReader) Read(p []byte) (int, error) {
	if r.n == 0 {
		return 0, io.EOF
	}
	if r.n > 0 && len(p) > r.n {
		p = p[:r.n]
	}
	k := 0
	for k < len(p) {
		c := copy(p[k:], r.pattern[r.off:])
		k += c
		r.off = (r.off + c) % len(r.pattern)
	}
	if r.n > 0 {
		r.n -= k
	}
	return k, nil
}

// TestParseTextSize checks the MaxArticleBytes limit; bodies are compared by
// length so that a failure does not print megabytes.
func TestParseTextSize(t *testing.T) {
	const id = "big"
	tests := []struct {
		name    string
		pattern string
		n       int // bytes of input; < 0 for an endless reader
		wantErr error
	}{
		{name: "exactly MaxArticleBytes", pattern: "Word. ", n: MaxArticleBytes},
		{name: "exactly MaxArticleBytes, non-ASCII", pattern: "é", n: MaxArticleBytes},
		{name: "one byte over", pattern: "Word. ", n: MaxArticleBytes + 1, wantErr: ErrTooLarge},
		{name: "twice the limit", pattern: "Word. ", n: 2 * MaxArticleBytes, wantErr: ErrTooLarge},
		{name: "endless reader", pattern: "Word. ", n: -1, wantErr: ErrTooLarge},
		// The text is valid UTF-8; only its size is wrong. Reading stops
		// after MaxArticleBytes+1 bytes, in the middle of an "é".
		{name: "over the limit, two-byte characters", pattern: "é", n: MaxArticleBytes + 2, wantErr: ErrTooLarge},
		{name: "endless reader, two-byte characters", pattern: "é", n: -1, wantErr: ErrTooLarge},
		{name: "endless reader, four-byte characters", pattern: "😀", n: -1, wantErr: ErrTooLarge},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseText(id, &cycleReader{pattern: tc.pattern, n: tc.n})
			if tc.wantErr != nil {
				checkArticleError(t, err, tc.wantErr, id, "body", MaxArticleBytes)
				return
			}
			if err != nil {
				t.Fatalf("ParseText: %v", err)
			}
			want := strings.Repeat(tc.pattern, tc.n/len(tc.pattern)+1)[:tc.n]
			if len(got.Body) != tc.n || got.Body != want {
				t.Errorf("body of %d bytes, want the %d bytes of input", len(got.Body), tc.n)
			}
		})
	}
}

func TestParseTextReadError(t *testing.T) {
	errBoom := errors.New("disk on fire")
	tests := []struct {
		name string
		r    io.Reader
	}{
		{"error at once", iotest.ErrReader(errBoom)},
		{"error after some text", io.MultiReader(strings.NewReader("Storm Hits Coast\n\n"), iotest.ErrReader(errBoom))},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := ParseText("wire-9", tc.r)
			if a != nil || !errors.Is(err, errBoom) {
				t.Fatalf("got %v, %v; want nil and an error wrapping %v", a, err, errBoom)
			}
			if !strings.Contains(err.Error(), "wire-9") {
				t.Errorf("error %q does not name the article", err)
			}
		})
	}
}

func TestParseJSON(t *testing.T) {
	const id = "given"
	tests := []struct {
		name string
		in   string
		want *Article
		// For a failure: the sentinel (nil when the error wraps another
		// error), the ID the error names, the field and the offset.
		wantErr    error
		wantErrID  string
		wantField  string
		wantOffset int
	}{
		{
			name: "all fields",
			in: `{"id":"abc-1","source":"ABC News","url":"https://abcnews.go.com/International/x",` +
				`"title":"  Talks Resume in Geneva  ","published":"2025-12-02T09:30:00Z",` +
				`"body":"GENEVA (AP) — Talks resumed.\n\nMore to come."}`,
			want: &Article{
				ID: "abc-1", Source: "ABC News", URL: "https://abcnews.go.com/International/x",
				Title:     "Talks Resume in Geneva",
				Published: time.Date(2025, 12, 2, 9, 30, 0, 0, time.UTC),
				Body:      "GENEVA (AP) — Talks resumed.\n\nMore to come.",
			},
		},
		{
			name: "RFC 3339 with a zone offset and fraction",
			in:   `{"published":"2025-12-02T09:30:00.5+03:00","body":"Text."}`,
			want: &Article{ID: id, Published: time.Date(2025, 12, 2, 6, 30, 0, 500000000, time.UTC), Body: "Text."},
		},
		{
			name: "date only",
			in:   `{"published":"2025-12-02","body":"Text."}`,
			want: &Article{ID: id, Published: time.Date(2025, 12, 2, 0, 0, 0, 0, time.UTC), Body: "Text."},
		},
		{
			name: "no published",
			in:   `{"body":"Text."}`,
			want: &Article{ID: id, Body: "Text."},
		},
		{
			name: "null published",
			in:   `{"published":null,"body":"Text."}`,
			want: &Article{ID: id, Body: "Text."},
		},
		{
			name: "empty id takes the given one",
			in:   `{"id":"","body":"Text."}`,
			want: &Article{ID: id, Body: "Text."},
		},
		{
			name: "unknown fields ignored",
			in:   `{"body":"Text.","author":"Jane Doe","tags":["a","b"],"meta":{"n":1,"x":null},"wordCount":2}`,
			want: &Article{ID: id, Body: "Text."},
		},
		{
			name: "escapes decoded",
			in:   `{"body":"Caf\u00e9 \"quoted\"\r\nline\ttab \u2014 done"}`,
			want: &Article{ID: id, Body: "Café \"quoted\"\r\nline\ttab — done"},
		},
		{
			name: "white space around the object",
			in:   " \n\t{\"body\":\"Text.\"}\r\n\n ",
			want: &Article{ID: id, Body: "Text."},
		},
		{
			name: "body kept exactly, white space included",
			in:   `{"body":"  Headline\n\n  Text.  \n"}`,
			want: &Article{ID: id, Body: "  Headline\n\n  Text.  \n"},
		},

		// Malformed JSON: the offset is that of the offending byte.
		{name: "trailing comma", in: `{"body":"x",}`, wantErrID: id, wantField: "json", wantOffset: 12},
		{name: "missing colon", in: `{"body" "x"}`, wantErrID: id, wantField: "json", wantOffset: 8},
		{name: "body is a number", in: `{"body":5}`, wantErrID: id, wantField: "json", wantOffset: 8},
		{name: "body is a long number", in: `{"body":12345}`, wantErrID: id, wantField: "json", wantOffset: 8},
		{name: "body is a boolean", in: `{"body":true}`, wantErrID: id, wantField: "json", wantOffset: 8},
		{name: "body is an array", in: `{"body":["a","b"]}`, wantErrID: id, wantField: "json", wantOffset: 8},
		{name: "id is a number", in: `{"id":7,"body":"x"}`, wantErrID: id, wantField: "json", wantOffset: 6},
		{name: "published is a number", in: `{"body":"x","published":20251202}`, wantErrID: id, wantField: "json", wantOffset: 24},
		{name: "string instead of object", in: `"text"`, wantErrID: id, wantField: "json", wantOffset: 0},
		{name: "closing brace first", in: `}`, wantErrID: id, wantField: "json", wantOffset: 0},
		{name: "array instead of object", in: `[]`, wantErrID: id, wantField: "json", wantOffset: 0},
		{name: "truncated object", in: `{"body":"x"`, wantErr: io.ErrUnexpectedEOF, wantErrID: id, wantField: "json", wantOffset: -1},

		// Trailing data: the offset is where it starts.
		{name: "second object", in: `{"body":"x"} {"body":"y"}`, wantErrID: id, wantField: "json", wantOffset: 13},
		{name: "trailing word", in: `{"body":"x"}x`, wantErrID: id, wantField: "json", wantOffset: 12},
		{name: "trailing string", in: `{"body":"x"} "s"`, wantErrID: id, wantField: "json", wantOffset: 13},
		{name: "trailing bracket", in: `{"body":"x"}  ]`, wantErrID: id, wantField: "json", wantOffset: 14},
		{name: "trailing brace", in: `{"body":"x"}}`, wantErrID: id, wantField: "json", wantOffset: 12},
		{name: "trailing data after a line break", in: "{\"body\":\"x\"}\r\n\u00a0", wantErrID: id, wantField: "json", wantOffset: 14},

		// Bad dates name the article by its JSON id when it has one.
		{name: "words for a date", in: `{"id":"abc-2","published":"yesterday","body":"x"}`, wantErrID: "abc-2", wantField: "published", wantOffset: -1},
		{name: "impossible day", in: `{"published":"2025-02-30","body":"x"}`, wantErrID: id, wantField: "published", wantOffset: -1},
		{name: "US date", in: `{"published":"12/02/2025","body":"x"}`, wantErrID: id, wantField: "published", wantOffset: -1},
		{name: "hour out of range", in: `{"published":"2025-12-02T25:00:00Z","body":"x"}`, wantErrID: id, wantField: "published", wantOffset: -1},

		{name: "no body", in: `{"id":"abc-3"}`, wantErr: ErrEmpty, wantErrID: "abc-3", wantField: "body", wantOffset: -1},
		{name: "empty body", in: `{"body":""}`, wantErr: ErrEmpty, wantErrID: id, wantField: "body", wantOffset: -1},
		{name: "blank body", in: `{"body":" \n\t\u00a0 "}`, wantErr: ErrEmpty, wantErrID: id, wantField: "body", wantOffset: -1},
		{name: "null object", in: `null`, wantErr: ErrEmpty, wantErrID: id, wantField: "body", wantOffset: -1},
		{name: "invalid UTF-8 in the input", in: "{\"body\":\"caf\xe9\"}", wantErr: ErrInvalidUTF8, wantErrID: id, wantField: "json", wantOffset: 12},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseJSON(id, strings.NewReader(tc.in))
			if tc.wantField != "" {
				if got != nil {
					t.Errorf("got article %+v with the error", got)
				}
				checkArticleError(t, err, tc.wantErr, tc.wantErrID, tc.wantField, tc.wantOffset)
				return
			}
			if err != nil {
				t.Fatalf("ParseJSON: %v", err)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("ParseJSON(%q) (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

func TestParseJSONSize(t *testing.T) {
	const id = "big"
	body := func(n int) string { return strings.Repeat("Word. ", n/6) + strings.Repeat("x", n%6) }
	tests := []struct {
		name       string
		in         string
		wantLen    int // length of the body on success
		wantErr    error
		wantField  string
		wantOffset int
	}{
		{name: "body of MaxArticleBytes", in: `{"body":"` + body(MaxArticleBytes) + `"}`, wantLen: MaxArticleBytes},
		{name: "body one byte over", in: `{"body":"` + body(MaxArticleBytes+1) + `"}`, wantErr: ErrTooLarge, wantField: "body", wantOffset: MaxArticleBytes},
		{
			// A 6 MB Cyrillic body written with \u escapes, as Python's
			// json.dumps does by default: the JSON is three times the size
			// of the body, but the limit is on the body.
			name:    "escaped body under the limit",
			in:      `{"body":"` + strings.Repeat(`\u0436`, 3<<20) + `"}`,
			wantLen: 6 << 20,
		},
		{name: "JSON over its read limit", in: `{"body":"x"}` + strings.Repeat(" ", maxJSONBytes), wantErr: ErrTooLarge, wantField: "json", wantOffset: maxJSONBytes},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseJSON(id, strings.NewReader(tc.in))
			if tc.wantErr != nil {
				checkArticleError(t, err, tc.wantErr, id, tc.wantField, tc.wantOffset)
				return
			}
			if err != nil {
				t.Fatalf("ParseJSON: %v", err)
			}
			if len(got.Body) != tc.wantLen {
				t.Errorf("body of %d bytes, want %d", len(got.Body), tc.wantLen)
			}
		})
	}
}

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name    string // file name, relative to dir
		content string
		want    *Article
		// For a failure: the sentinel, the field and the offset. The
		// error must name the file's base name.
		wantErr    error
		wantField  string
		wantOffset int
	}{
		{
			name:    "a.txt",
			content: "Storm Hits Coast\n\nThe storm made landfall on Monday.\n",
			want:    &Article{ID: "a.txt", Title: "Storm Hits Coast", Body: "Storm Hits Coast\n\nThe storm made landfall on Monday.\n"},
		},
		{
			name:    "no-extension",
			content: "The storm made landfall on Monday.",
			want:    &Article{ID: "no-extension", Body: "The storm made landfall on Monday."},
		},
		{
			name:    "sub/dir/nested.txt",
			content: "The storm made landfall on Monday.",
			want:    &Article{ID: "nested.txt", Body: "The storm made landfall on Monday."},
		},
		{
			name:    "notes.md",
			content: `{"id":"x","body":"Text."}`,
			want:    &Article{ID: "notes.md", Body: `{"id":"x","body":"Text."}`},
		},
		{
			name:    "story.json",
			content: `{"id":"other","source":"AP","title":"Storm Hits Coast","published":"2025-12-01","body":"The storm made landfall."}`,
			want: &Article{
				ID: "story.json", Source: "AP", Title: "Storm Hits Coast",
				Published: time.Date(2025, 12, 1, 0, 0, 0, 0, time.UTC), Body: "The storm made landfall.",
			},
		},
		{
			name:    "no-id.json",
			content: `{"body":"Text."}`,
			want:    &Article{ID: "no-id.json", Body: "Text."},
		},
		{
			name:    "UPPER.JSON",
			content: `{"id":"other","body":"Text."}`,
			want:    &Article{ID: "UPPER.JSON", Body: "Text."},
		},
		{
			name:    "story.json.txt",
			content: `{"body":"Text."}`,
			want:    &Article{ID: "story.json.txt", Body: `{"body":"Text."}`},
		},

		{name: "empty.txt", content: "", wantErr: ErrEmpty, wantField: "body", wantOffset: -1},
		{name: "blank.txt", content: "\uFEFF\r\n \r\n", wantErr: ErrEmpty, wantField: "body", wantOffset: -1},
		{name: "latin1.txt", content: "Caf\xe9", wantErr: ErrInvalidUTF8, wantField: "body", wantOffset: 3},
		{name: "broken.json", content: `{"body":`, wantErr: io.ErrUnexpectedEOF, wantField: "json", wantOffset: -1},
		{name: "latin1.json", content: "{\"body\":\"Caf\xe9\"}", wantErr: ErrInvalidUTF8, wantField: "json", wantOffset: 12},
		{name: "empty-body.json", content: `{"body":""}`, wantErr: ErrEmpty, wantField: "body", wantOffset: -1},
		// The file's name, not the JSON "id", identifies the article, in
		// errors as in results.
		{name: "empty-body-with-id.json", content: `{"id":"other","body":""}`, wantErr: ErrEmpty, wantField: "body", wantOffset: -1},
		{name: "bad-date-with-id.json", content: `{"id":"other","published":"soon","body":"Text."}`, wantField: "published", wantOffset: -1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, filepath.FromSlash(tc.name))
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, []byte(tc.content), 0o644); err != nil {
				t.Fatal(err)
			}
			got, err := ReadFile(path)
			if tc.wantField != "" {
				if got != nil {
					t.Errorf("got article %+v with the error", got)
				}
				checkArticleError(t, err, tc.wantErr, filepath.Base(path), tc.wantField, tc.wantOffset)
				return
			}
			if err != nil {
				t.Fatalf("ReadFile: %v", err)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("ReadFile(%q) (-want +got):\n%s", tc.name, diff)
			}
		})
	}

	t.Run("missing file", func(t *testing.T) {
		a, err := ReadFile(filepath.Join(dir, "missing.txt"))
		if a != nil || !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("got %v, %v; want nil and an error wrapping fs.ErrNotExist", a, err)
		}
	})
	t.Run("directory", func(t *testing.T) {
		a, err := ReadFile(dir)
		if a != nil || err == nil {
			t.Errorf("got %v, %v; want an error", a, err)
		}
	})
}

func TestArticleValidate(t *testing.T) {
	tests := []struct {
		name       string
		a          Article
		wantErr    error // nil when the article is valid
		wantField  string
		wantOffset int
	}{
		{name: "valid", a: Article{ID: "a", Source: "ABC", URL: "https://x", Title: "T", Body: "Text."}},
		{name: "valid without an ID", a: Article{Body: "Text."}},
		{name: "invalid id", a: Article{ID: "a\xff", Body: "Text."}, wantErr: ErrInvalidUTF8, wantField: "id", wantOffset: 1},
		{name: "invalid source", a: Article{ID: "a", Source: "\xffABC", Body: "Text."}, wantErr: ErrInvalidUTF8, wantField: "source", wantOffset: 0},
		{name: "invalid url", a: Article{ID: "a", URL: "https://x/\xc3", Body: "Text."}, wantErr: ErrInvalidUTF8, wantField: "url", wantOffset: 10},
		{name: "invalid title", a: Article{ID: "a", Title: "Caf\xe9", Body: "Text."}, wantErr: ErrInvalidUTF8, wantField: "title", wantOffset: 3},
		{name: "invalid body", a: Article{ID: "a", Body: "Text.\x80"}, wantErr: ErrInvalidUTF8, wantField: "body", wantOffset: 5},
		{name: "empty body", a: Article{ID: "a", Title: "Title only"}, wantErr: ErrEmpty, wantField: "body", wantOffset: -1},
		{name: "blank body", a: Article{ID: "a", Body: " \r\n\t"}, wantErr: ErrEmpty, wantField: "body", wantOffset: -1},
		// Split treats a byte order mark as white space wherever it
		// stands, so a body of white space and marks has no text.
		{name: "white space then a byte order mark", a: Article{ID: "a", Body: "\n\uFEFF"}, wantErr: ErrEmpty, wantField: "body", wantOffset: -1},
		{name: "two byte order marks", a: Article{ID: "a", Body: "\uFEFF\uFEFF"}, wantErr: ErrEmpty, wantField: "body", wantOffset: -1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.a.Validate()
			if tc.wantErr == nil {
				if err != nil {
					t.Fatalf("Validate: %v", err)
				}
				return
			}
			checkArticleError(t, err, tc.wantErr, tc.a.ID, tc.wantField, tc.wantOffset)
		})
	}
}

func TestArticleErrorMessage(t *testing.T) {
	tests := []struct {
		name string
		err  *ArticleError
		want string
	}{
		{"all parts", &ArticleError{ID: "a.txt", Field: "body", Offset: 3, Err: ErrInvalidUTF8}, `newsmerge: article "a.txt": body at byte 3: invalid UTF-8`},
		{"no offset", &ArticleError{ID: "a.txt", Field: "body", Offset: -1, Err: ErrEmpty}, `newsmerge: article "a.txt": body: empty article`},
		{"offset zero", &ArticleError{ID: "a", Field: "json", Offset: 0, Err: ErrInvalidUTF8}, `newsmerge: article "a": json at byte 0: invalid UTF-8`},
		{"no ID", &ArticleError{Field: "body", Offset: -1, Err: ErrEmpty}, `newsmerge: article: body: empty article`},
		{"no field", &ArticleError{ID: "a", Offset: -1, Err: ErrDuplicateID}, `newsmerge: article "a": duplicate article ID`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, tc.err.Error()); diff != "" {
				t.Errorf("Error() (-want +got):\n%s", diff)
			}
			if !errors.Is(tc.err, tc.err.Err) {
				t.Errorf("errors.Is(err, %v) = false", tc.err.Err)
			}
		})
	}
}
