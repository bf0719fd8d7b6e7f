// Package article holds the Article, one outlet's text of a story, with the
// checks every stage relies on (Validate) and the errors they report.
// Parsing (ParseText, ParseJSON, ReadFile) is in the root package newsmerge.
package article

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// An Article is one outlet's text of a story.
//
// Body is kept exactly as the caller gave it: every byte offset that the
// package reports (in Sentence, Token and later results) is an offset into
// Body. For an article read with ParseText, Body is the whole text, headline
// line included, so offsets are offsets into the original file.
type Article struct {
	// ID identifies the article among those passed to one call; results
	// refer to articles by ID. ReadFile sets it to the file's base name.
	ID string `json:"id"`
	// Source is the outlet's name, such as "ABC News". Optional.
	Source string `json:"source,omitempty"`
	// URL is where the article was published. Optional.
	URL string `json:"url,omitempty"`
	// Title is the headline. ParseText sets it from the first line of the
	// text when that line looks like a headline (see Split).
	Title string `json:"title,omitempty"`
	// Published is the publication time; the zero Time means unknown.
	Published time.Time `json:"published"`
	// Body is the article's text. Paragraphs are separated by line breaks;
	// blank lines between them are optional.
	Body string `json:"body"`
}

// MaxArticleBytes is the largest body, in bytes, that ParseText, ParseJSON and
// Validate accept. Longer inputs get ErrTooLarge: news articles are a few
// kilobytes, and a body of many megabytes is almost always a mistake (a whole
// feed or a binary file passed as one article).
const MaxArticleBytes = 8 << 20

// Errors returned by the package, wrapped in an *ArticleError that says which
// article and where. Test for them with errors.Is.
var (
	// ErrEmpty means an article has no text: its body is empty or only
	// white space.
	ErrEmpty = errors.New("empty article")
	// ErrInvalidUTF8 means a text field is not valid UTF-8.
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	// ErrTooLarge means a body is longer than MaxArticleBytes.
	ErrTooLarge = errors.New("article too large")
	// ErrDuplicateID means two articles passed to one call share an ID.
	ErrDuplicateID = errors.New("duplicate article ID")
)

// An ArticleError reports a problem with one article.
type ArticleError struct {
	ID     string // the article's ID; may be empty
	Field  string // the field at fault: "body", "title", "json", ...
	Offset int    // byte offset into the field where the problem is, or -1
	Err    error  // the underlying error, often one of the Err values above
}

// Error returns the error's message; "newsmerge: article error: nil value"
// for a nil *ArticleError.
func (e *ArticleError) Error() string {
	if e == nil {
		return NilError("article error").Error()
	}
	var b strings.Builder
	b.WriteString("newsmerge: article")
	if e.ID != "" {
		fmt.Fprintf(&b, " %q", e.ID)
	}
	if e.Field != "" {
		fmt.Fprintf(&b, ": %s", e.Field)
	}
	if e.Offset >= 0 {
		fmt.Fprintf(&b, " at byte %d", e.Offset)
	}
	fmt.Fprintf(&b, ": %v", e.Err)
	return b.String()
}

// Unwrap returns the underlying error; nil for a nil *ArticleError.
func (e *ArticleError) Unwrap() error {
	if e == nil {
		return nil
	}
	return e.Err
}

// Validate reports whether a can be processed: the body must hold some text,
// be at most MaxArticleBytes long, and every text field must be valid UTF-8.
// It returns nil or an *ArticleError wrapping ErrEmpty, ErrTooLarge or
// ErrInvalidUTF8; a nil article gets one wrapping ErrEmpty, with the field
// "article".
func (a *Article) Validate() error {
	if a == nil {
		return &ArticleError{Field: "article", Offset: -1, Err: ErrEmpty}
	}
	if len(a.Body) > MaxArticleBytes {
		return &ArticleError{ID: a.ID, Field: "body", Offset: MaxArticleBytes, Err: ErrTooLarge}
	}
	fields := []struct{ name, value string }{
		{"id", a.ID}, {"source", a.Source}, {"url", a.URL}, {"title", a.Title}, {"body", a.Body},
	}
	for _, f := range fields {
		if off := InvalidUTF8(f.value); off >= 0 {
			return &ArticleError{ID: a.ID, Field: f.name, Offset: off, Err: ErrInvalidUTF8}
		}
	}
	if strings.TrimFunc(a.Body, isBlank) == "" {
		return &ArticleError{ID: a.ID, Field: "body", Offset: -1, Err: ErrEmpty}
	}
	return nil
}

// InvalidUTF8 returns the offset of the first byte of s that is not part of a
// valid UTF-8 sequence, or -1 when s is valid.
func InvalidUTF8(s string) int {
	if utf8.ValidString(s) {
		return -1
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}

// isBlank reports whether r is white space or a byte order mark, the
// characters that Split, too, takes for space.
func isBlank(r rune) bool { return unicode.IsSpace(r) || r == '\uFEFF' }

// ValidateAll validates each article and checks that their IDs are
// distinct. A nil article is reported as ErrEmpty under the ID "#i", its
// index.
func ValidateAll(articles []*Article) error {
	seen := make(map[string]bool, len(articles))
	for i, a := range articles {
		if a == nil {
			return &ArticleError{ID: "#" + strconv.Itoa(i), Field: "article", Offset: -1, Err: ErrEmpty}
		}
		if err := a.Validate(); err != nil {
			return err
		}
		if seen[a.ID] {
			return &ArticleError{ID: a.ID, Field: "id", Offset: -1, Err: ErrDuplicateID}
		}
		seen[a.ID] = true
	}
	return nil
}

// ErrNil is wrapped by the errors of calls given a nil value they cannot do
// without: a nil io.Reader or io.Writer, a method called on a nil *Index or
// *Story, or UnmarshalText called on a nil pointer. The error says which
// value: "newsmerge: writer: nil value". Test for it with errors.Is.
var ErrNil = errors.New("nil value")

// NilError returns the error for a nil value, named by what: it wraps
// ErrNil.
func NilError(what string) error { return fmt.Errorf("newsmerge: %s: %w", what, ErrNil) }
