package newsmergetest

import (
	"strings"
	"testing"

	"github.com/newsmerge/newsmerge"
)

func TestSeeds(t *testing.T) {
	seeds := Seeds()
	if len(seeds) != 2 || seeds[0].ID != SeedABC || seeds[1].ID != SeedQueOnda {
		t.Fatalf("Seeds() = %d articles", len(seeds))
	}
	if !strings.HasPrefix(seeds[1].Title, "White House") {
		t.Errorf("Que Onda title = %q", seeds[1].Title)
	}
	seeds[0].Body = "changed"
	if Seed(SeedABC).Body == "changed" {
		t.Error("Seed returns a shared article, want a fresh copy")
	}
}

func TestSeedUnknownPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("Seed of an unknown ID did not panic")
		}
	}()
	Seed("nope.txt")
}

func TestDiffIgnoresScoresAndWording(t *testing.T) {
	st, err := newsmerge.Merge(Seeds(), nil)
	if err != nil {
		t.Fatal(err)
	}
	// Another version of the story: other scores, another wording chosen,
	// sources in another order.
	other, _ := newsmerge.Merge(Seeds(), nil)
	for i := range other.Sentences {
		ss := &other.Sentences[i]
		for j := range ss.Sources {
			ss.Sources[j].Similarity /= 2
		}
		if n := len(ss.Sources); n > 1 {
			ss.Sources[0], ss.Sources[n-1] = ss.Sources[n-1], ss.Sources[0]
			ss.Text = ss.Sources[0].Text
		}
	}
	// Entities found with more roles and mentions.
	for i := range other.Entities {
		e := &other.Entities[i]
		e.Roles = append(e.Roles, "newly seen role")
		e.Mentions = e.Mentions[:len(e.Mentions)-1]
	}
	if diff := Diff(st, other); diff != "" {
		t.Errorf("Diff sees a difference that may vary:\n%s", diff)
	}
	if diff := DiffStatements(Statements(st), other); diff != "" {
		t.Errorf("DiffStatements sees a difference that may vary:\n%s", diff)
	}
	// A real difference: a statement split in two.
	split, _ := newsmerge.Merge(Seeds(), nil)
	ss := split.Sentences[0]
	split.Sentences = append(split.Sentences, newsmerge.StorySentence{Text: ss.Sources[1].Text, Sources: ss.Sources[1:]})
	split.Sentences[0].Sources = ss.Sources[:1]
	if Diff(st, split) == "" || DiffStatements(Statements(st), split) == "" {
		t.Error("a split statement is not reported")
	}
	// A real difference: an entity of another type.
	retyped, _ := newsmerge.Merge(Seeds(), nil)
	retyped.Entities[0].Type = newsmerge.EntityPlace
	if st.Entities[0].Type == newsmerge.EntityPlace || Diff(st, retyped) == "" {
		t.Error("an entity of another type is not reported")
	}
}

func TestArticle(t *testing.T) {
	a := Article("x", "Storm Hits Coast", "The storm hit the coast on Monday.")
	if a.Title != "Storm Hits Coast" || a.ID != "x" {
		t.Errorf("Article = %+v", a)
	}
	if _, err := newsmerge.Merge([]*newsmerge.Article{Article("e")}, nil); err == nil {
		t.Error("an empty built article merged without error")
	}
}
