package newsmerge_test

import (
	"fmt"

	"github.com/newsmerge/newsmerge"
)

// Similarity tells the same statement in other words from the same
// statement told the other way and from another statement about the same
// subject: Value reaches the threshold for the first, Core alone for the
// second (a contradiction, here by contrary verbs), neither for the third.
func ExampleSimilarity() {
	same := newsmerge.Similarity(
		"Police arrested three men in connection with the robbery on Saturday.",
		"Three men were arrested by police on Saturday in connection with the robbery.")
	conflict := newsmerge.Similarity(
		"The Senate approved the spending bill late on Wednesday.",
		"The Senate rejected the spending bill late on Wednesday.")
	other := newsmerge.Similarity(
		"Pope Francis was admitted to hospital in Rome with bronchitis on Friday.",
		"Pope Francis met a group of migrants in Rome on Friday.")
	for _, sc := range []newsmerge.Score{same, conflict, other} {
		fmt.Println(sc.Value >= newsmerge.DefaultThreshold, sc.Core >= newsmerge.DefaultThreshold, sc.Negation)
	}
	// Output:
	// true true absent
	// false true differ
	// false false absent
}
