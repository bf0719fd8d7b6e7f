package newsmerge_test

import (
	"fmt"
	"log"
	"strings"

	"github.com/newsmerge/newsmerge"
)

// The story of the examples, and two other tellings of it.
const (
	ferryStory = `The island ferry Marisol ran aground on a sandbank near Port Evander on Sunday morning with 212 passengers on board.
Coast guard boats took everyone ashore within three hours, and nobody was hurt.
The operator said the ship would be towed to the shipyard at Kellan Bay once the tide rises on Monday.
Investigators will examine why the captain left the marked channel in good weather.`
	ferryRewrite = `Nobody was hurt when the island ferry Marisol ran aground on a sandbank off Port Evander on Sunday with 212 passengers aboard.
Coast guard boats brought everyone ashore within three hours.
Investigators are to examine why the captain steered out of the marked channel in good weather.`
	budgetStory = `The regional parliament of Ostvald passed next year's budget on Thursday after a debate that lasted two days.
Spending on schools rises by four percent, while road building is cut.`
)

func ExampleIndex() {
	idx, err := newsmerge.NewIndex(nil)
	if err != nil {
		log.Fatal(err)
	}
	for _, a := range []*newsmerge.Article{
		{ID: "wire", Body: ferryStory},
		{ID: "budget", Body: budgetStory},
	} {
		if err := idx.Add(a); err != nil {
			log.Fatal(err)
		}
	}
	queries := []*newsmerge.Article{
		{ID: "copy", Body: strings.ToUpper(ferryStory[:1]) + ferryStory[1:]},
		{ID: "dateline", Body: "PORT EVANDER (Island Press) \u2014 " + ferryStory},
		{ID: "trimmed", Body: ferryStory[:strings.LastIndex(ferryStory, "\n")]},
		{ID: "rewrite", Body: ferryRewrite},
	}
	for _, q := range queries {
		matches, err := idx.Query(q)
		if err != nil {
			log.Fatal(err)
		}
		for _, m := range matches {
			fmt.Printf("%s: %s of %s (%.2f)\n", q.ID, m.Relation, m.ID, m.Score)
		}
	}
	// Output:
	// copy: exact of wire (1.00)
	// dateline: near-copy of wire (1.00)
	// trimmed: near-copy of wire (0.79)
	// rewrite: rewrite of wire (1.00)
}

func ExampleGroupArticles() {
	articles := []*newsmerge.Article{
		{ID: "c", Body: ferryRewrite},
		{ID: "b", Body: budgetStory},
		{ID: "a", Body: ferryStory},
	}
	groups, err := newsmerge.GroupArticles(articles, nil)
	if err != nil {
		log.Fatal(err)
	}
	for i, g := range groups {
		for _, m := range g.Members {
			fmt.Printf("story %d: %s %s %.2f\n", i+1, m.Article.ID, m.Relation, m.Score)
		}
	}
	// Each group's Articles() can go to Merge.
	story, err := newsmerge.Merge(groups[0].Articles(), nil)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(len(story.Sentences), "statements")
	// Output:
	// story 1: a first 1.00
	// story 1: c rewrite 1.00
	// story 2: b first 1.00
	// 4 statements
}
