package newsmerge

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/newsmerge/newsmerge/article"
	"github.com/newsmerge/newsmerge/segment"
)

// ParseText reads a plain-text article. The whole text becomes the Body, byte
// for byte, so offsets into the body are offsets into what r held. When the
// first line looks like a headline (see Split for the rule), Title is set to
// it, trimmed of white space; the line stays in Body and Split gives it the
// role RoleHeadline.
//
// It reads at most MaxArticleBytes+1 bytes and returns an *ArticleError
// wrapping ErrTooLarge, ErrInvalidUTF8 or ErrEmpty when the text is too long,
// not UTF-8, or blank; read errors are returned as they are, and a nil r
// gives an error wrapping ErrNil.
func ParseText(id string, r io.Reader) (*Article, error) {
	if r == nil {
		return nil, fmt.Errorf("newsmerge: reading article %q: %w", id, article.NilError("reader"))
	}
	data, err := io.ReadAll(io.LimitReader(r, MaxArticleBytes+1))
	if err != nil {
		return nil, fmt.Errorf("newsmerge: reading article %q: %w", id, err)
	}
	a := &Article{ID: id, Body: string(data)}
	if err := a.Validate(); err != nil {
		return nil, err
	}
	if start, end, ok := segment.Headline(a.Body); ok {
		a.Title = a.Body[start:end]
	}
	return a, nil
}

// jsonArticle is the wire form of an Article, with a lenient Published.
type jsonArticle struct {
	ID        string `json:"id"`
	Source    string `json:"source"`
	URL       string `json:"url"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Body      string `json:"body"`
}

// publishedLayouts are the time formats ParseJSON accepts, tried in order.
var publishedLayouts = []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02"}

// maxJSONBytes is the most ParseJSON reads: room for a body of
// MaxArticleBytes written entirely with \u escapes (six bytes a byte), and the
// other fields.
const maxJSONBytes = 6*MaxArticleBytes + 64<<10

// ParseJSON reads one article from a JSON object with the fields "id",
// "source", "url", "title", "published" and "body"; only "body" is required,
// and unknown fields are ignored. "published" may be RFC 3339 or a date
// (2006-01-02). When the object has no "id", the article gets the id given
// here. Offsets reported later are offsets into the decoded body string.
//
// Errors are *ArticleError values: malformed JSON (with the byte offset of
// the offending byte when the decoder gives one), trailing data after the
// object, a bad date, input longer than six times MaxArticleBytes (room for a
// body written entirely in \u escapes), and the checks of Validate. A nil r
// gives an error wrapping ErrNil.
func ParseJSON(id string, r io.Reader) (*Article, error) {
	if r == nil {
		return nil, fmt.Errorf("newsmerge: reading article %q: %w", id, article.NilError("reader"))
	}
	return readJSON(id, r, false)
}

// readJSON reads one JSON article. The article's ID is the "id" field, or id
// when the field is missing or force is set.
func readJSON(id string, r io.Reader, force bool) (*Article, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxJSONBytes+1))
	if err != nil {
		return nil, fmt.Errorf("newsmerge: reading article %q: %w", id, err)
	}
	if len(data) > maxJSONBytes {
		return nil, &ArticleError{ID: id, Field: "json", Offset: maxJSONBytes, Err: ErrTooLarge}
	}
	if off := article.InvalidUTF8(string(data)); off >= 0 {
		return nil, &ArticleError{ID: id, Field: "json", Offset: off, Err: ErrInvalidUTF8}
	}
	var ja jsonArticle
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&ja); err != nil {
		off := -1
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch { // the decoder's offsets count the bytes read, the bad one included
		case errors.As(err, &se):
			off = int(se.Offset) - 1
		case errors.As(err, &te):
			off = jsonValueStart(data, int(te.Offset))
		}
		return nil, &ArticleError{ID: id, Field: "json", Offset: off, Err: err}
	}
	rest := int(dec.InputOffset())
	for rest < len(data) && strings.ContainsRune(" \t\r\n", rune(data[rest])) {
		rest++
	}
	if rest < len(data) {
		return nil, &ArticleError{ID: id, Field: "json", Offset: rest, Err: errors.New("data after the article object")}
	}
	if ja.ID == "" || force {
		ja.ID = id
	}
	a := &Article{ID: ja.ID, Source: ja.Source, URL: ja.URL, Title: strings.TrimSpace(ja.Title), Body: ja.Body}
	if ja.Published != "" {
		var perr error
		for _, layout := range publishedLayouts {
			var t time.Time
			if t, perr = time.Parse(layout, ja.Published); perr == nil {
				a.Published = t
				break
			}
		}
		if perr != nil {
			return nil, &ArticleError{ID: a.ID, Field: "published", Offset: -1, Err: fmt.Errorf("cannot parse %q as a date or RFC 3339 time", ja.Published)}
		}
	}
	if err := a.Validate(); err != nil {
		return nil, err
	}
	return a, nil
}

// jsonValueStart returns where the JSON value that the decoder reported ends
// at (or, for an object or array, just inside of) end begins.
func jsonValueStart(data []byte, end int) int {
	if end <= 0 || end > len(data) {
		return -1
	}
	switch c := data[end-1]; {
	case c == '{' || c == '[':
		return end - 1
	case c == '"':
		for i := end - 2; i >= 0; i-- {
			if data[i] != '"' {
				continue
			}
			backslashes := 0
			for k := i - 1; k >= 0 && data[k] == '\\'; k-- {
				backslashes++
			}
			if backslashes%2 == 0 {
				return i
			}
		}
		return -1
	}
	i := end
	for i > 0 && strings.IndexByte("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.+-", data[i-1]) >= 0 {
		i--
	}
	return i
}

// ReadFile reads an article from a file: a name ending in ".json" is parsed
// with ParseJSON, anything else with ParseText. The article's ID is always the
// file's base name (filepath.Base, extension included), whatever a JSON "id"
// field says, so that results name the files they came from.
func ReadFile(name string) (*Article, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	id := filepath.Base(name)
	if !strings.EqualFold(filepath.Ext(name), ".json") {
		return ParseText(id, f)
	}
	return readJSON(id, f, true)
}

// An Article is one outlet's text of a story.
//
// Body is kept exactly as the caller gave it: every byte offset that the
// package reports (in Sentence, Token and later results) is an offset into
// Body. For an article read with ParseText, Body is the whole text, headline
// line included, so offsets are offsets into the original file.
type Article = article.Article

// MaxArticleBytes is the largest body, in bytes, that ParseText, ParseJSON and
// Validate accept. Longer inputs get ErrTooLarge: news articles are a few
// kilobytes, and a body of many megabytes is almost always a mistake (a whole
// feed or a binary file passed as one article).
const MaxArticleBytes = article.MaxArticleBytes

// ErrEmpty means an article has no text: its body is empty or only
// white space.
var ErrEmpty = article.ErrEmpty

// ErrInvalidUTF8 means a text field is not valid UTF-8.
var ErrInvalidUTF8 = article.ErrInvalidUTF8

// ErrTooLarge means a body is longer than MaxArticleBytes.
var ErrTooLarge = article.ErrTooLarge

// ErrDuplicateID means two articles passed to one call share an ID.
var ErrDuplicateID = article.ErrDuplicateID

// An ArticleError reports a problem with one article.
type ArticleError = article.ArticleError

// ErrNil is wrapped by the errors of calls given a nil value they cannot do
// without: a nil io.Reader or io.Writer, a method called on a nil *Index or
// *Story, or UnmarshalText called on a nil pointer. The error says which
// value: "newsmerge: writer: nil value". Test for it with errors.Is.
var ErrNil = article.ErrNil
