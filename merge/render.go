package merge

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/newsmerge/newsmerge/article"
	"github.com/newsmerge/newsmerge/entities"
)

// WriteText writes the story as plain text: the title, the statements in
// paragraphs with footnote-style markers naming their sources ("[1,2]"),
// each disagreement under its sentence, then the list of sources and what
// was removed. A nil story or writer gives an error wrapping ErrNil.
func (s *Story) WriteText(w io.Writer) error {
	if err := checkWrite(s, w); err != nil {
		return err
	}
	r := newRenderer(w, s)
	if s.Title != "" {
		r.printf("%s\n\n", s.Title)
	}
	r.paragraphs(func(i int, ss StorySentence, newPara bool) {
		if (newPara || len(r.conflicts[i-1]) > 0) && i > 0 {
			r.printf("\n\n")
		} else if i > 0 {
			r.printf(" ")
		}
		r.printf("%s [%s]", OneLine(ss.Text), strings.Join(r.markers(ss), ","))
		for _, c := range r.conflicts[i] {
			r.printf("\n  (sources disagree on %s: %s)", c.Kind, r.values(c, "[%s]"))
		}
	})
	if len(s.Sentences) > 0 {
		r.printf("\n")
	}
	r.printf("\nSources:\n")
	for k, id := range s.Articles {
		r.printf("[%d] %s\n", k+1, id)
	}
	if es := r.cast(); len(es) > 0 {
		r.printf("\nPeople, organisations and places:\n")
		for _, e := range es {
			r.printf("%s [%s]\n", r.entity(e, OneLine), strings.Join(r.entityMarkers(e), ","))
		}
	}
	if len(s.Removed) > 0 {
		r.printf("\nRemoved:\n")
		for _, rm := range s.Removed {
			r.printf("[%d] %s: %s\n", r.number[rm.Article], rm.Reason, OneLine(rm.Text))
		}
	}
	return r.err
}

// WriteMarkdown writes the story as Markdown: the title as a heading, the
// statements with footnotes naming their sources, each disagreement as a
// quote under its paragraph, and the sources as footnote definitions. A nil
// story or writer gives an error wrapping ErrNil.
func (s *Story) WriteMarkdown(w io.Writer) error {
	if err := checkWrite(s, w); err != nil {
		return err
	}
	r := newRenderer(w, s)
	if s.Title != "" {
		r.printf("# %s\n\n", escapeMarkdown(s.Title))
	}
	var pending []Conflict
	flush := func() {
		for _, c := range pending {
			r.printf("\n\n> Sources disagree on %s: %s", c.Kind, r.values(c, "[^%s]"))
		}
		pending = nil
	}
	r.paragraphs(func(i int, ss StorySentence, newPara bool) {
		if newPara && i > 0 {
			flush()
			r.printf("\n\n")
		} else if i > 0 {
			r.printf(" ")
		}
		r.printf("%s", escapeMarkdown(OneLine(ss.Text)))
		for _, m := range r.markers(ss) {
			r.printf("[^%s]", m)
		}
		pending = append(pending, r.conflicts[i]...)
	})
	flush()
	if len(s.Sentences) > 0 {
		r.printf("\n\n")
	}
	for k, id := range s.Articles {
		r.printf("[^%d]: %s\n", k+1, escapeMarkdown(id))
	}
	if es := r.cast(); len(es) > 0 {
		r.printf("\n**People, organisations and places**\n\n")
		for _, e := range es {
			r.printf("- %s", r.entity(e, escapeMarkdown))
			for _, m := range r.entityMarkers(e) {
				r.printf("[^%s]", m)
			}
			r.printf("\n")
		}
	}
	if len(s.Removed) > 0 {
		r.printf("\n<details><summary>Removed (%d)</summary>\n\n", len(s.Removed))
		for _, rm := range s.Removed {
			r.printf("- %s, %s: %s\n", escapeMarkdown(rm.Article), rm.Reason, escapeMarkdown(OneLine(rm.Text)))
		}
		r.printf("\n</details>\n")
	}
	return r.err
}

// WriteJSON writes the story as indented JSON, the encoding of Story's
// fields. A nil story or writer gives an error wrapping ErrNil.
func (s *Story) WriteJSON(w io.Writer) error {
	if err := checkWrite(s, w); err != nil {
		return err
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(s)
}

// checkWrite returns the error of the Write methods for a nil story or
// writer, nil when neither is nil.
func checkWrite(s *Story, w io.Writer) error {
	switch {
	case s == nil:
		return article.NilError("story")
	case w == nil:
		return article.NilError("writer")
	}
	return nil
}

// A renderer holds what the text renderers share: the writer with its first
// error, the footnote number of each article and the conflicts of each
// sentence.
type renderer struct {
	w         io.Writer
	err       error
	story     *Story
	number    map[string]int
	conflicts map[int][]Conflict
}

func newRenderer(w io.Writer, s *Story) *renderer {
	r := &renderer{w: w, story: s, number: make(map[string]int), conflicts: make(map[int][]Conflict)}
	for k, id := range s.Articles {
		r.number[id] = k + 1
	}
	for _, c := range s.Conflicts {
		r.conflicts[c.Sentence] = append(r.conflicts[c.Sentence], c)
	}
	return r
}

func (r *renderer) printf(format string, args ...any) {
	if r.err == nil {
		_, r.err = fmt.Fprintf(r.w, format, args...)
	}
}

// paragraphs calls f for each sentence, saying whether it opens a
// paragraph: a sentence whose chosen source is in another paragraph of its
// article than the previous sentence's, or in another article.
func (r *renderer) paragraphs(f func(i int, ss StorySentence, newPara bool)) {
	prevArt, prevPara := "", -1
	for i, ss := range r.story.Sentences {
		var src Source
		if len(ss.Sources) > 0 {
			src = ss.Sources[0]
		} else {
			src.Paragraph = -2 // a sentence without sources stands alone
		}
		f(i, ss, src.Article != prevArt || src.Paragraph != prevPara)
		prevArt, prevPara = src.Article, src.Paragraph
	}
}

// markers returns the footnote numbers of a sentence's articles, ascending.
func (r *renderer) markers(ss StorySentence) []string {
	seen := make([]bool, len(r.story.Articles)+1)
	for _, src := range ss.Sources {
		seen[r.number[src.Article]] = true
	}
	var out []string
	for k := 1; k < len(seen); k++ {
		if seen[k] {
			out = append(out, fmt.Sprint(k))
		}
	}
	return out
}

// cast returns the story's people, organisations and places: its entities
// but those whose kind is unknown.
func (r *renderer) cast() []entities.Entity {
	var out []entities.Entity
	for _, e := range r.story.Entities {
		if e.Type != entities.Other {
			out = append(out, e)
		}
	}
	return out
}

// entity describes an entity as "Steve Witkoff (Witkoff), person", its
// names passed through esc.
func (r *renderer) entity(e entities.Entity, esc func(string) string) string {
	out := esc(e.Name)
	if len(e.Aliases) > 0 {
		names := make([]string, len(e.Aliases))
		for i, a := range e.Aliases {
			names[i] = esc(a)
		}
		out += " (" + strings.Join(names, ", ") + ")"
	}
	return out + ", " + e.Type.String()
}

// entityMarkers returns the footnote numbers of the articles that mention
// an entity, ascending.
func (r *renderer) entityMarkers(e entities.Entity) []string {
	srcs := make([]Source, len(e.Articles))
	for i, id := range e.Articles {
		srcs[i].Article = id
	}
	return r.markers(StorySentence{Sources: srcs})
}

// values writes a conflict's values with their articles' markers.
func (r *renderer) values(c Conflict, marker string) string {
	var parts []string
	for _, v := range c.Values {
		var ms []string
		for _, id := range v.Articles {
			ms = append(ms, fmt.Sprintf(marker, fmt.Sprint(r.number[id])))
		}
		val := v.Value
		if val == "" {
			val = "(none)"
		}
		parts = append(parts, fmt.Sprintf("%q %s", OneLine(val), strings.Join(ms, "")))
	}
	return strings.Join(parts, " vs ")
}

// OneLine replaces the line breaks inside a segment with spaces.
func OneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

var markdownEscaper = strings.NewReplacer(`\`, `\\`, `*`, `\*`, `_`, `\_`, "`", "\\`", `[`, `\[`, `]`, `\]`, `<`, `\<`, `#`, `\#`)

// escapeMarkdown escapes the characters that Markdown would read as markup.
func escapeMarkdown(s string) string { return markdownEscaper.Replace(s) }
