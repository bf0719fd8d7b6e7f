package newsmergetest_test

import (
	"fmt"

	"github.com/newsmerge/newsmerge"
	"github.com/newsmerge/newsmerge/newsmergetest"
)

// A downstream project's table-driven test of merged stories. In a _test.go
// file the loop body is t.Run(tc.name, ...) and the Println is t.Errorf.
func Example_tableTest() {
	tests := []struct {
		name     string
		articles []*newsmerge.Article
		want     []newsmergetest.Statement
	}{
		{
			name: "wire_and_local",
			articles: []*newsmerge.Article{
				newsmergetest.Article("wire",
					"Heavy rain flooded the centre of Valencia overnight, cutting power to thousands of homes.",
					"Firefighters rescued dozens of residents from cars trapped in the water."),
				newsmergetest.Article("local",
					"By Ana Ruiz",
					"Firefighters rescued dozens of residents trapped in their cars by the water.",
					"The mayor praised the volunteers who filled sandbags through the night."),
			},
			want: []newsmergetest.Statement{
				{"wire: Heavy rain flooded the centre of Valencia overnight, cutting power to thousands of homes."},
				{
					"wire: Firefighters rescued dozens of residents from cars trapped in the water.",
					"local: Firefighters rescued dozens of residents trapped in their cars by the water.",
				},
				{"local: The mayor praised the volunteers who filled sandbags through the night."},
			},
		},
		{
			name:     "seeds_keep_peskov",
			articles: newsmergetest.Seeds(),
			want:     nil, // filled below from the seeds' story
		},
	}
	for _, tc := range tests {
		st, err := newsmerge.Merge(tc.articles, nil)
		if err != nil {
			fmt.Println(tc.name, err)
			continue
		}
		if tc.want == nil {
			// A check on part of a story: one fact kept and credited.
			for _, s := range newsmergetest.Statements(st) {
				if len(s) == 1 && s[0] == newsmergetest.SeedABC+": Kremlin spokesperson Dmitry Peskov said the president would hold several closed-door sessions in preparation for the Russian-American contacts." {
					fmt.Println(tc.name, "ok")
				}
			}
			continue
		}
		if diff := newsmergetest.DiffStatements(tc.want, st); diff != "" {
			fmt.Printf("%s: story mismatch (-want +got):\n%s", tc.name, diff)
			continue
		}
		fmt.Println(tc.name, "ok")
	}
	// Output:
	// wire_and_local ok
	// seeds_keep_peskov ok
}
