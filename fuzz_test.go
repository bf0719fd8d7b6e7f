package newsmerge

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsmerge/newsmerge/text"
)

// fuzzTimeout bounds one call of the function under test. The fuzzing engine
// has no time limit of its own: a worker stuck in an endless loop just stops
// reporting executions, and the input is lost. Failing the input instead
// makes the engine save it under testdata/fuzz.
const fuzzTimeout = 10 * time.Second

// finishes runs f and fails the test when it does not return within
// fuzzTimeout. f keeps running in the background in that case; the failure
// ends the fuzzing worker.
func finishes(t *testing.T, what string, input any, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	select {
	case <-done:
	case <-time.After(fuzzTimeout):
		t.Fatalf("%s did not return within %v on input %q", what, fuzzTimeout, input)
	}
}

// fuzzSeedTexts returns the seed articles' texts and a few nasty strings, to
// seed the fuzzers. The corpus files in testdata/fuzz/<FuzzName>/ add more.
func fuzzSeedTexts(f *testing.F) []string {
	f.Helper()
	names, err := filepath.Glob(filepath.Join("testdata", "seeds", "*"))
	if err != nil {
		f.Fatal(err)
	}
	if len(names) == 0 {
		f.Fatal("no seed articles in testdata/seeds")
	}
	var texts []string
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	return append(texts,
		"",
		" ",
		"\uFEFF",
		"\uFEFF\r\n\r\n",
		"\n\n\n",
		"a\xffb",
		"\xed\xa0\x80",
		"\x00",
		"U.S.",
		"...",
		"…",
		"?!",
		"“Why?” she asked.",
		"“Why now?” Smith asked. Nobody answered.",
		"LONDON —",
		"LONDON — ",
		"LONDON —\nThe rest.",
		"KYIV, Ukraine (AP) — Talks began. They ended.",
		"— — —",
		"-- -- --",
		"1. The first item. 2. The second.",
		"(a) One. (b) Two.",
		"Dr. J. R. R. Tolkien Jr. met U.S.A. officials at 5 p.m. ET Monday. He left.",
		"Headline\n\nBody.",
		"Headline\r\nBody text that goes on.\r\n",
		"0\n\n0",
		"By Jane Doe\n\nBy Tuesday the talks had stalled.",
		"Russia’s U.S.-led 19-point plan: 3.5%, 1,000, 5:30, the 1990s.",
		"Kyivʼs mayor",
		"’s",
		"'",
		"9.",
		"1,000.5%:",
		"a\u2028b\u2029c\u0085d",
		"\u00A0\u3000",
		"«Non» ‹non› „ja“",
		strings.Repeat("x", 120)+"\n"+strings.Repeat("y ", 60)+"\nZ.",
		strings.Repeat("Short line\n", 20),
		strings.Repeat(".", 200),
		`“... stairways [...]” (Smith 55). Next.`,
		"WASHINGTON -- The vote failed. 2-1.",
	)
}

func FuzzSplit(f *testing.F) {
	for _, s := range fuzzSeedTexts(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		a := &Article{ID: "fuzz", Body: body}
		var segs []Sentence
		finishes(t, "Split", body, func() { segs = Split(a) })
		checkSplitInvariants(t, body, segs)
	})
}

func FuzzParseText(f *testing.F) {
	for _, s := range fuzzSeedTexts(f) {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		const id = "fuzz"
		a, err := ParseText(id, bytes.NewReader(data))
		if err != nil {
			if a != nil {
				t.Fatalf("article %+v returned with error %v", a, err)
			}
			if !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrInvalidUTF8) && !errors.Is(err, ErrTooLarge) {
				t.Fatalf("error %v wraps none of ErrEmpty, ErrInvalidUTF8, ErrTooLarge", err)
			}
			var ae *ArticleError
			if !errors.As(err, &ae) || ae.ID != id || !strings.Contains(err.Error(), strconv.Quote(id)) {
				t.Fatalf("error %v is not an *ArticleError naming %q", err, id)
			}
			return
		}
		if a.Body != string(data) {
			t.Fatalf("Body %q != input %q", a.Body, data)
		}
		if a.ID != id {
			t.Fatalf("ID %q, want %q", a.ID, id)
		}
		if err := a.Validate(); err != nil {
			t.Fatalf("ParseText returned an article that does not validate: %v", err)
		}
		var segs []Sentence
		finishes(t, "Split", data, func() { segs = Split(a) })
		checkSplitInvariants(t, a.Body, segs)
		if a.Title != "" && (len(segs) == 0 || segs[0].Role != RoleHeadline || segs[0].Text != a.Title) {
			t.Fatalf("Title %q, but Split's first segment is %+v", a.Title, segs[:min(1, len(segs))])
		}
	})
}

func FuzzParseJSON(f *testing.F) {
	for _, s := range fuzzSeedTexts(f) {
		f.Add([]byte(s))
		for _, a := range []Article{{Body: s}, {ID: "x", Title: s, Body: s}} {
			data, err := json.Marshal(a)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data)
		}
	}
	f.Add([]byte(`{"id":"a","source":"ABC","url":"https://x","title":" T ","published":"2025-12-02T09:30:00+03:00","body":"Text."}`))
	f.Add([]byte(`{"published":"2025-12-02","body":"Text."}`))
	f.Add([]byte(`{"published":"soon","body":"Text."}`))
	f.Add([]byte(`{"body":"x"} {"body":"y"}`))
	f.Add([]byte(`{"body":"x",}`))
	f.Add([]byte(`{"body":"\ud800 \u0000 \ufeff"}`))
	f.Add([]byte(`{"body":5}`))
	f.Add([]byte(`null`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ParseJSON("fuzz", bytes.NewReader(data))
		if err != nil {
			if a != nil {
				t.Fatalf("article %+v returned with error %v", a, err)
			}
			var ae *ArticleError
			if !errors.As(err, &ae) {
				t.Fatalf("error %v (%T) is not an *ArticleError", err, err)
			}
			return
		}
		if err := a.Validate(); err != nil {
			t.Fatalf("ParseJSON returned an article that does not validate: %v\narticle: %+v", err, a)
		}
		if a.ID == "" {
			t.Fatalf("article without an ID: %+v", a)
		}
	})
}

func FuzzTokenize(f *testing.F) {
	for _, s := range fuzzSeedTexts(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		var toks []Token
		finishes(t, "Tokenize", text, func() { toks = Tokenize(text) })
		checkTokenInvariants(t, text, toks)
	})
}

// FuzzFold checks what Fold promises for any string: valid UTF-8 out, white
// space collapsed to single spaces with none at either end, and a fixed
// point: two strings that differ only in the ways Fold erases fold to the
// same string, so folding a folded string changes nothing.
func FuzzFold(f *testing.F) {
	for _, s := range fuzzSeedTexts(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var got string
		finishes(t, "Fold", s, func() { got = Fold(s) })
		if !utf8.ValidString(got) {
			t.Fatalf("Fold(%q) = %q is not valid UTF-8", s, got)
		}
		if strings.TrimSpace(got) != got || strings.Contains(got, "  ") {
			t.Fatalf("Fold(%q) = %q has white space at an end or a run of spaces", s, got)
		}
		if k := strings.IndexFunc(got, func(r rune) bool { return unicode.IsSpace(r) && r != ' ' }); k >= 0 {
			t.Fatalf("Fold(%q) = %q holds white space other than ' ' at byte %d", s, got, k)
		}
		if again := Fold(got); again != got {
			t.Fatalf("Fold is not idempotent: Fold(%q) = %q, but Fold(%q) = %q", s, got, got, again)
		}
		if fast, ok := text.FoldNewsASCII(s); ok {
			if slow := text.FoldChain(s); fast != slow {
				t.Fatalf("fast path Fold(%q) = %q, but the chain gives %q", s, fast, slow)
			}
		}
	})
}

// FuzzMerge merges two or three fuzzed bodies, sometimes with the same text
// twice, and checks that Merge never panics, either fails with an article
// error or keeps every segment of every article exactly once, and renders
// in every format.
func FuzzMerge(f *testing.F) {
	texts := fuzzSeedTexts(f)
	for i, s := range texts {
		f.Add(s, texts[(i+1)%len(texts)], uint8(i))
	}
	f.Fuzz(func(t *testing.T, a, b string, mode uint8) {
		articles := []*Article{{ID: "a", Body: a}, {ID: "b", Body: b}}
		switch mode % 3 {
		case 1: // a third article telling both
			articles = append(articles, &Article{ID: "c", Body: a + "\n\n" + b})
		case 2: // the same text under another ID
			articles = append(articles, &Article{ID: "a2", Body: a})
		}
		var st *Story
		var err error
		finishes(t, "Merge", [2]string{a, b}, func() { st, err = Merge(articles, nil) })
		if err != nil {
			var ae *ArticleError
			if !errors.As(err, &ae) {
				t.Fatalf("Merge error %v is not an *ArticleError", err)
			}
			return
		}
		checkStory(t, articles, st)
		var buf bytes.Buffer
		for _, write := range []func(*bytes.Buffer) error{
			func(w *bytes.Buffer) error { return st.WriteText(w) },
			func(w *bytes.Buffer) error { return st.WriteMarkdown(w) },
			func(w *bytes.Buffer) error { return st.WriteJSON(w) },
		} {
			buf.Reset()
			if err := write(&buf); err != nil {
				t.Fatal(err)
			}
		}
	})
}
