package newsmerge_test

import (
	"fmt"
	"strings"

	"github.com/newsmerge/newsmerge"
)

func ExampleEntities() {
	a, _ := newsmerge.ParseText("wire", strings.NewReader(
		"U.S. Secretary of State Marco Rubio met French President Emmanuel Macron in Paris on Friday. "+
			"Rubio said the United States would keep talking to the Kremlin."))
	b, _ := newsmerge.ParseText("paper", strings.NewReader("Macron told reporters the talks with Rubio went well."))
	ents, err := newsmerge.Entities([]*newsmerge.Article{a, b})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range ents {
		fmt.Println(e.Type, e.Name, e.Aliases, e.Articles)
	}
	// Output:
	// place United States [U.S.] [wire]
	// person Marco Rubio [Rubio] [wire paper]
	// person Emmanuel Macron [Macron] [wire paper]
	// place Paris [] [wire]
	// org Kremlin [] [wire]
}

func ExampleAnalyze() {
	a, _ := newsmerge.ParseText("wire", strings.NewReader(
		"Kremlin spokesperson Dmitry Peskov said the talks would start at 5 p.m. "+
			"“We are ready,” he added. Russian officials claimed that two cities had fallen."))
	an, err := newsmerge.Analyze([]*newsmerge.Article{a})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, q := range an.Quotes {
		fmt.Printf("%d direct=%v %s (%s, %s): %s\n", q.Sentence, q.Direct, q.Speaker.Text, q.Speaker.Entity, q.Speaker.Place, q.Text)
	}
	for _, m := range an.SentenceMentions("wire", 0) {
		fmt.Println(m.Entity, m.Start, m.End)
	}
	// Output:
	// 0 direct=false Kremlin spokesperson Dmitry Peskov (Dmitry Peskov, Russia): the talks would start at 5 p.m.
	// 1 direct=true he (Dmitry Peskov, Russia): We are ready
	// 2 direct=false Russian officials (, Russia): two cities had fallen
	// Kremlin 0 7
	// Dmitry Peskov 21 34
}

func ExampleValues() {
	for _, v := range newsmerge.Values("Talks begin at 5 p.m. Tuesday, Nov. 25, on a 19-point plan worth $4.5 million, up 12 percent.") {
		fmt.Printf("%-7s %-14q %s\n", v.Kind, v.Text, v.Key())
	}
	// Output:
	// time    "5 p.m."       17:00
	// weekday "Tuesday"      tuesday
	// date    "Nov. 25"      --11-25
	// count   "19"           19
	// money   "$4.5 million" USD 4500000
	// percent "12 percent"   12%
}
