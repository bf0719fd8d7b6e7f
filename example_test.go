package newsmerge_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/newsmerge/newsmerge"
)

func ExampleSplit() {
	text := `Talks Resume in Geneva

GENEVA (AP) — Negotiators met at 9 a.m. local time on Monday. “We are ready,” U.S. envoy Jane Roe said. The talks cost $4.5 million.
By John Smith, Associated Press`
	a, err := newsmerge.ParseText("ap", strings.NewReader(text))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range newsmerge.Split(a) {
		fmt.Printf("%-11s %3d %3d  %s\n", s.Role, s.Start, s.End, s.Text)
	}
	// Output:
	// headline      0  22  Talks Resume in Geneva
	// dateline     24  39  GENEVA (AP) —
	// body         40  87  Negotiators met at 9 a.m. local time on Monday.
	// body         88 133  “We are ready,” U.S. envoy Jane Roe said.
	// body        134 162  The talks cost $4.5 million.
	// boilerplate 163 194  By John Smith, Associated Press
}

func ExampleParseText() {
	a, err := newsmerge.ParseText("wire-1", strings.NewReader("Storm Hits Coast\n\nThe storm made landfall at 5 p.m. Residents fled."))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("title: %q\n", a.Title)

	_, err = newsmerge.ParseText("blank", strings.NewReader(" \n\n "))
	fmt.Println(errors.Is(err, newsmerge.ErrEmpty), err)
	// Output:
	// title: "Storm Hits Coast"
	// true newsmerge: article "blank": body: empty article
}

func ExampleFold() {
	fmt.Println(newsmerge.Fold("Irish Prime Minister  Micheál Martin’s “SUBSTANTIVE” talks — Ｋｙｉｖ"))
	// Output:
	// irish prime minister micheal martin's "substantive" talks - kyiv
}

func ExampleTokenize() {
	text := "Russia’s 19-point plan: U.S. envoys don’t expect 3.5% growth."
	for _, tok := range newsmerge.Tokenize(text) {
		fmt.Printf("%-7s %-8s %q\n", tok.Kind, tok.Text, text[tok.Start:tok.End])
	}
	// Output:
	// word    russia   "Russia"
	// number  19       "19"
	// word    point    "point"
	// word    plan     "plan"
	// word    u.s.     "U.S."
	// word    envoys   "envoys"
	// word    don't    "don’t"
	// word    expect   "expect"
	// number  3.5%     "3.5%"
	// word    growth   "growth"
}
