package newsmerge_test

import (
	"testing"

	"github.com/newsmerge/newsmerge"
	"github.com/newsmerge/newsmerge/newsmergetest"
)

// TestMergeCases holds small hand-written merges with the statements an
// editor expects, checked with newsmergetest as a downstream project would.
func TestMergeCases(t *testing.T) {
	long := newsmergetest.Article("long",
		"Police arrested two men at the harbour on Friday, and customs officers seized four tonnes of cocaine hidden in banana crates.",
		"The port will reopen on Monday.")
	short := newsmergetest.Article("short",
		"Police arrested two men at the harbour on Friday.",
		"Customs officers seized four tonnes of cocaine hidden in banana crates.",
		"The port will reopen on Monday.")
	manyToOne := []newsmergetest.Statement{
		{
			"long: Police arrested two men at the harbour on Friday, and customs officers seized four tonnes of cocaine hidden in banana crates.",
			"short: Police arrested two men at the harbour on Friday.",
			"short: Customs officers seized four tonnes of cocaine hidden in banana crates.",
		},
		{"long: The port will reopen on Monday.", "short: The port will reopen on Monday."},
	}
	tests := []struct {
		name     string
		articles []*newsmerge.Article
		want     []newsmergetest.Statement
	}{
		{"many_to_one", []*newsmerge.Article{long, short}, manyToOne},
		{"one_to_many", []*newsmerge.Article{short, long}, manyToOne},
		{
			name: "look_alikes_stay_apart",
			articles: []*newsmerge.Article{
				newsmergetest.Article("a",
					"Arsenal beat Chelsea 2-1 at the Emirates on Saturday.",
					"In Leeds, three people were injured when a bus hit a wall."),
				newsmergetest.Article("b",
					"Chelsea beat Arsenal 2-1 at the Emirates on Saturday.",
					"In York, five people were injured when a bus hit a wall."),
			},
			// Nothing shared: b follows a.
			want: []newsmergetest.Statement{
				{"a: Arsenal beat Chelsea 2-1 at the Emirates on Saturday."},
				{"a: In Leeds, three people were injured when a bus hit a wall."},
				{"b: Chelsea beat Arsenal 2-1 at the Emirates on Saturday."},
				{"b: In York, five people were injured when a bus hit a wall."},
			},
		},
		{
			name: "unique_facts_keep_their_place",
			articles: []*newsmerge.Article{
				newsmergetest.Article("a",
					"The central bank raised its main interest rate to 4.5 percent on Thursday.",
					"Economists had expected the increase."),
				newsmergetest.Article("b",
					"The central bank raised its key interest rate to 4.5 percent on Thursday.",
					"It was the third increase this year.",
					"Economists had widely expected the increase."),
			},
			want: []newsmergetest.Statement{
				{"a: The central bank raised its main interest rate to 4.5 percent on Thursday.", "b: The central bank raised its key interest rate to 4.5 percent on Thursday."},
				{"b: It was the third increase this year."},
				{"a: Economists had expected the increase.", "b: Economists had widely expected the increase."},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st, err := newsmerge.Merge(tc.articles, nil)
			if err != nil {
				t.Fatal(err)
			}
			if diff := newsmergetest.DiffStatements(tc.want, st); diff != "" {
				t.Errorf("story mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
