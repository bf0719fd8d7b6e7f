package newsmerge

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// An entityCase is one hand-written text with the entities it names. In
// want, each entity is "type:Name" followed by "|alias" for each alias, in
// order of first mention.
type entityCase struct {
	name string
	text string // paragraphs separated by "\n\n"; a second article after "\n===\n"
	want []string
}

var entityCases = []entityCase{
	// Sentence-initial common words are not names.
	{"initial preposition", "Despite the rain, Angela Merkel spoke in Berlin.", []string{"person:Angela Merkel", "place:Berlin"}},
	{"initial adverb", "However, the talks in Geneva stalled.", []string{"place:Geneva"}},
	{"initial plural noun", "Officials said the bridge in Kyiv was closed.", []string{"place:Kyiv"}},
	{"initial plural before a verb", "Reports suggest Russia's economy is slowing.", []string{"place:Russia"}},
	{"initial word used in lower case elsewhere", "Members of the panel met.\n\nThe members of the panel left Paris.", []string{"place:Paris"}},
	{"initial participle", "Speaking in Warsaw, the minister was blunt.", []string{"place:Warsaw"}},
	{"initial modifier", "Senior Ukrainian officials met in Florida.", []string{"place:Florida"}},
	{"initial quantity", "Thousands protested in Tbilisi, Georgia.", []string{"place:Tbilisi", "place:Georgia"}},
	{"initial weekday and month", "Tuesday's meeting in Geneva was short. In March, talks resumed.", []string{"place:Geneva"}},
	{"initial name kept", "Zelenskyy said the talks were useful. Later, Zelenskyy left Kyiv.", []string{"person:Zelenskyy", "place:Kyiv"}},
	// "the Trump administration" mentions the person.
	{"Trump administration", "However, the Trump administration rejected the plan.", []string{"person:Trump"}},
	{"administration joins the full name", "Donald Trump spoke on Monday. The Trump administration then acted.", []string{"person:Donald Trump|Trump"}},
	// Two people with one surname stay apart, and so does the bare surname.
	{"shared surname", "Donald Trump and Melania Trump arrived in Palm Beach. Trump waved.", []string{"person:Donald Trump", "person:Melania Trump", "place:Palm Beach", "person:Trump"}},
	{"shared surname across articles", "Joe Biden spoke.\n===\nHunter Biden spoke. Biden left.", []string{"person:Joe Biden", "person:Hunter Biden", "person:Biden"}},
	{"one surname, one person", "Marco Rubio spoke. Later, Rubio left.", []string{"person:Marco Rubio|Rubio"}},
	{"surname across articles", "Secretary of State Marco Rubio arrived.\n===\nRubio said he was hopeful.", []string{"person:Marco Rubio|Rubio"}},
	{"close names kept apart", "Emily Chang and Emily Chan both reported from Hong Kong.", []string{"person:Emily Chang", "person:Emily Chan", "place:Hong Kong"}},
	{"spelling variant", "Volodymyr Zelensky spoke. Zelenskyy later left for Kyiv.", []string{"person:Volodymyr Zelensky|Zelenskyy", "place:Kyiv"}},
	// Possessives.
	{"possessive place", "Russia's war in Ukraine goes on.", []string{"place:Russia", "place:Ukraine"}},
	{"possessive person", "Putin's spokesman, Dmitry Peskov, spoke.\n\nVladimir Putin was absent.", []string{"person:Vladimir Putin|Putin", "person:Dmitry Peskov"}},
	{"possessive with straight apostrophe", "Jordan's King Abdullah II met Israeli Prime Minister Benjamin Netanyahu.", []string{"place:Jordan", "person:Abdullah II", "person:Benjamin Netanyahu"}},
	// Hyphens, particles and diacritics.
	{"hyphenated surname", "Alexandria Ocasio-Cortez criticized the bill, and Ocasio-Cortez later voted no.", []string{"person:Alexandria Ocasio-Cortez|Ocasio-Cortez"}},
	{"hyphenated given name", "Jean-Luc Mélenchon criticised Emmanuel Macron.", []string{"person:Jean-Luc Mélenchon", "person:Emmanuel Macron"}},
	{"particle al-", "Bashar al-Assad fled Syria, and Assad's allies left.", []string{"person:Bashar al-Assad|Assad", "place:Syria"}},
	{"particles von der", "Ursula von der Leyen spoke in Brussels.", []string{"person:Ursula von der Leyen", "place:Brussels"}},
	{"diacritics", "Irish Prime Minister Micheál Martin welcomed the visit, and Martin said it went well.", []string{"person:Micheál Martin|Martin"}},
	{"diacritics folded", "Micheál Martin spoke.\n===\nMicheal Martin spoke too.", []string{"person:Micheál Martin|Micheal Martin"}},
	{"demonym compound", "The Russian-American contacts resumed in Istanbul.", []string{"place:Istanbul"}},
	// Titles and roles.
	{"capitalised title", "Russian President Vladimir Putin met Chinese leader Xi Jinping.", []string{"person:Vladimir Putin", "person:Xi Jinping"}},
	{"lower-case role", "The talks were led by special envoy Steve Witkoff.", []string{"person:Steve Witkoff"}},
	{"organisation before a role", "White House press secretary Karoline Leavitt spoke.", []string{"org:White House", "person:Karoline Leavitt"}},
	{"multi-word title", "Secretary of State Marco Rubio flew to Rome.", []string{"person:Marco Rubio", "place:Rome"}},
	{"abbreviated title and place", "Sen. Elizabeth Warren of Massachusetts objected.", []string{"person:Elizabeth Warren", "place:Massachusetts"}},
	{"doctor", "Dr. Anthony Fauci testified before Congress.", []string{"person:Anthony Fauci", "org:Congress"}},
	{"military rank", "Gen. Valery Gerasimov, Russia's top general, visited troops.", []string{"person:Valery Gerasimov", "place:Russia"}},
	{"hyphenated title", "NATO Secretary-General Mark Rutte visited Warsaw.", []string{"org:NATO", "person:Mark Rutte", "place:Warsaw"}},
	{"media role", "Fox News host Sean Hannity interviewed Vice President JD Vance.", []string{"org:Fox News", "person:Sean Hannity", "person:JD Vance"}},
	{"title before surname", "President Trump spoke. Donald Trump then left.", []string{"person:Donald Trump|Trump"}},
	// Organisations.
	{"White House and Kremlin", "The White House and the Kremlin confirmed the call.", []string{"org:White House", "org:Kremlin"}},
	{"organisation suffix", "Shares of Microsoft Corp. fell on Wall Street.", []string{"org:Microsoft Corp", "place:Wall Street"}},
	{"organisation of", "The Bank of England raised rates.", []string{"org:Bank of England"}},
	{"newspaper after The", "The New York Times reported the deal.", []string{"org:New York Times"}},
	{"acronym and full name", "The North Atlantic Treaty Organization met. NATO members agreed.", []string{"org:NATO|North Atlantic Treaty Organization"}},
	{"acronym joins unknown organisation", "The International Atomic Energy Agency warned Iran. The IAEA said more.", []string{"org:International Atomic Energy Agency|IAEA", "place:Iran"}},
	{"news agency", "Witnesses told Reuters that police fired tear gas.", []string{"org:Reuters"}},
	{"known bodies", "The European Union and Britain agreed.", []string{"org:European Union", "place:United Kingdom|Britain"}},
	// Places.
	{"U.S. and United States", "The U.S. economy grew, and the United States added jobs.", []string{"place:United States|U.S."}},
	{"dateline", "KYIV, Ukraine (AP) — Drones struck the city overnight.", []string{"place:Kyiv|KYIV", "place:Ukraine", "org:Associated Press|AP"}},
	{"regions", "North Korea fired a missile toward Japan, South Korea said.", []string{"place:North Korea", "place:Japan", "place:South Korea"}},
	{"palace", "King Charles III hosted the visit at Buckingham Palace.", []string{"person:Charles III", "place:Buckingham Palace"}},
	{"Washington, D.C.", "In Washington, D.C., lawmakers met.", []string{"place:Washington|D.C."}},
	{"hyphenated place", "Donald Trump hosted the talks at Mar-a-Lago.", []string{"person:Donald Trump", "place:Mar-a-Lago"}},
	// Events are not people.
	{"storm", "Hurricane Milton hit Florida.", []string{"other:Hurricane Milton", "place:Florida"}},
	{"agreement", "The Paris Agreement was signed by Fiji.", []string{"other:Paris Agreement", "place:Fiji"}},
	// A single unknown word stays other, unless it says something.
	{"unknown single word", "Meanwhile, Elon Musk's SpaceX launched a rocket.", []string{"person:Elon Musk", "other:SpaceX"}},
	{"single word that speaks", "In Jerusalem, Netanyahu said the war would go on.", []string{"place:Jerusalem", "person:Netanyahu"}},
	{"headline gives mentions of known names", "Rubio Heads to Rome\n\nMarco Rubio flew to Italy on Monday.", []string{"person:Marco Rubio|Rubio", "place:Rome", "place:Italy"}},
	{"three people, one surname, and a headline", "Patel Wins Vote\n\nAnita Patel, Raj Patel and Dev Patel voted. Patel won.",
		[]string{"person:Patel", "person:Anita Patel", "person:Raj Patel", "person:Dev Patel"}},
	{"speaker after the verb", "“It is tacky,” said JoAnn Marquis, visiting from Salem, Mass.", []string{"person:JoAnn Marquis", "place:Salem", "place:Massachusetts|Mass"}},
	{"title in an apposition", "“Yes,” said Taylor Gross, a White House spokesman.", []string{"person:Taylor Gross", "org:White House"}},
	{"organisation before a lower-case title", "“We think it's great news,” said Enron spokesman Eric Thode.", []string{"org:Enron", "person:Eric Thode"}},
	{"organisation word opens", "It appeared in the Journal of the American Medical Association.", []string{"org:Journal of the American Medical Association"}},
	{"regional demonym and time zone", "A man of North African origin was held at 0500 GMT.", nil},
	{"given name alone", "The Ragusas will bury a vial of Michael's blood.", []string{"other:Ragusas", "person:Michael"}},
	{"given name alone joins the full name", "Luis Reyes scored twice. “I've told Luis he can take every free kick,” the manager said.", []string{"person:Luis Reyes|Luis"}},
	{"dateline in capitals, name in text", "HARLAN SPRINGS, Calif. (AP) — Crews fought the fire. Residents of Harlan Springs left.", []string{"place:Harlan Springs|HARLAN SPRINGS", "place:California|Calif", "org:Associated Press|AP"}},
	{"organisation named by a field", "The Justice Department gave its approval, and Justice Clarence Thomas dissented.", []string{"org:Justice Department", "person:Clarence Thomas"}},
	{"adverb with a comma and a number", "Overall, 83 percent of women agreed.", nil},
	{"an apposition without a title", "PeopleSoft, of Pleasanton, California, said the deal would help.", []string{"other:PeopleSoft", "place:Pleasanton", "place:California"}},
	{"no names", "the talks went on for hours and nobody said much.", nil},
}

// caseArticles builds the articles of a case.
func caseArticles(tc entityCase) []*Article {
	var as []*Article
	for i, text := range strings.Split(tc.text, "\n===\n") {
		a, err := ParseText(string(rune('a'+i)), strings.NewReader(text))
		if err != nil {
			panic(err)
		}
		as = append(as, a)
	}
	return as
}

func TestEntitiesCases(t *testing.T) {
	if len(entityCases) < 40 {
		t.Fatalf("%d cases; the issue asks for at least 40", len(entityCases))
	}
	for _, tc := range entityCases {
		t.Run(tc.name, func(t *testing.T) {
			as := caseArticles(tc)
			ents, err := Entities(as)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range ents {
				s := e.Type.String() + ":" + e.Name
				for _, a := range e.Aliases {
					s += "|" + a
				}
				got = append(got, s)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tc.text, diff)
			}
			checkMentions(t, as, ents)
		})
	}
}

// checkMentions checks that every mention lies inside its sentence and
// matches the body.
func checkMentions(t testing.TB, as []*Article, ents []Entity) {
	t.Helper()
	byID := map[string]*Article{}
	for _, a := range as {
		byID[a.ID] = a
	}
	segments := map[string][]Sentence{}
	for _, a := range as {
		segments[a.ID] = Split(a)
	}
	for _, e := range ents {
		if len(e.Mentions) == 0 || e.Name == "" {
			t.Errorf("entity %+v has no mentions or no name", e)
		}
		for _, m := range e.Mentions {
			a := byID[m.Article]
			if a == nil || m.Start < 0 || m.End > len(a.Body) || m.Start >= m.End {
				t.Fatalf("mention %+v is outside its article", m)
			}
			segs := segments[m.Article]
			if m.Sentence < 0 || m.Sentence >= len(segs) || m.Start < segs[m.Sentence].Start || m.End > segs[m.Sentence].End {
				t.Errorf("mention %+v is outside sentence %d", m, m.Sentence)
			}
			if a.Body[m.Start:m.End] != m.Text {
				t.Errorf("mention %+v: body has %q", m, a.Body[m.Start:m.End])
			}
		}
	}
}

// A quoteCase is one hand-written text with the quotes Analyze finds in
// it, each "speaker text => entity: quote", with "(claim)" after the
// speaker for an indirect quote.
type quoteCase struct {
	name string
	text string
	want []string
}

var quoteCases = []quoteCase{
	{"said after the quote", "John Smith arrived. “We are ready,” Smith said.", []string{"Smith => John Smith: We are ready"}},
	{"said before the speaker", "“We are ready,” said Jane Roe.", []string{"Jane Roe => Jane Roe: We are ready"}},
	{"indirect", "Jane Roe said the plan would fail.", []string{"Jane Roe (claim) => Jane Roe: the plan would fail"}},
	{"claimed that", "Putin claimed that Russian forces had taken two cities.", []string{"Putin (claim) => Putin: Russian forces had taken two cities"}},
	{"group speaker with an aside", "Russian officials also claimed — without evidence — that their forces seized two cities.",
		[]string{"Russian officials (claim) => : their forces seized two cities"}},
	{"she added", "Karoline Leavitt spoke first. She added that the talks went well.", []string{"She (claim) => Karoline Leavitt: the talks went well"}},
	{"quote split by its attribution", "Anna Berg spoke. “Yes,” she said, “and no.”", []string{"she => Anna Berg: Yes", "she => Anna Berg: and no"}},
	{"according to, first", "According to the health ministry, 20 people died.", []string{"the health ministry (claim) => : 20 people died"}},
	{"according to, last", "Twenty people died in the fire, according to police.", []string{"police (claim) => : Twenty people died in the fire"}},
	{"negated verb", "The ministry did not say how many people died.", nil},
	{"quotation goes on", "“We will win,” coach Ana Silva told reporters. “The team is ready.”", []string{"coach Ana Silva => Ana Silva: We will win", "coach Ana Silva => Ana Silva: The team is ready"}},
	{"pronoun after an object", "Mary Jones met Ann Lee on Monday. She said it was late.", []string{"She (claim) => Mary Jones: it was late"}},
	{"unclear pronoun", "Mary Jones and Ann Lee arrived. She said it was late.", []string{"She (claim) => : it was late"}},
	{"spokesman for", "“It is over,” a spokesman for the Kremlin said.", []string{"a spokesman for the Kremlin => Kremlin: It is over"}},
	{"scare quotes", "The plan was called “pointless” by critics.", []string{" => : pointless"}},
	{"relative clause", "Tom Brady, who chairs the committee, said the vote would go ahead.", []string{"Tom Brady (claim) => Tom Brady: the vote would go ahead"}},
	{"straight quotes", `"We will appeal," the lawyer said.`, []string{"the lawyer => : We will appeal"}},
	{"told an outlet", "Officials told Reuters the talks had failed.", []string{"Officials (claim) => : the talks had failed"}},
	{"organisation speaks", "The White House said the meeting would go ahead.", []string{"The White House (claim) => White House: the meeting would go ahead"}},
	{"not a subject", "He walked past the territory he claims.", nil},
	// Roles in lower case before the name, and words inside the quotation
	// marks, which are never the speaker.
	{"lower-case role after the quote", "“We cannot let a new generation get hooked on nicotine,” ministry spokesman Lars Holm told reporters on Monday.",
		[]string{"ministry spokesman Lars Holm => Lars Holm: We cannot let a new generation get hooked on nicotine"}},
	{"county spokesperson", `"We were fighting the wind as much as the fire," county spokesperson Melissa Ortiz said at the briefing.`,
		[]string{"county spokesperson Melissa Ortiz => Melissa Ortiz: We were fighting the wind as much as the fire"}},
	{"said before a role and name", "“We cannot let a new generation get hooked on nicotine,” said ministry spokesman Lars Holm.",
		[]string{"ministry spokesman Lars Holm => Lars Holm: We cannot let a new generation get hooked on nicotine"}},
	{"name with apposition after the quote", "“We cannot let a new generation get hooked on nicotine,” Lars Holm, a ministry spokesman, told reporters.",
		[]string{"Lars Holm => Lars Holm: We cannot let a new generation get hooked on nicotine"}},
	{"organisation at the end", "Retailers will get a six-month grace period, the Danish Safety Technology Authority said.",
		[]string{"the Danish Safety Technology Authority (claim) => Danish Safety Technology Authority: Retailers will get a six-month grace period"}},
	{"surname at the end", "Mette Kragh spoke. Shops will have six months to sell remaining stock, Kragh said.",
		[]string{"Kragh (claim) => Mette Kragh: Shops will have six months to sell remaining stock"}},
	{"second verb keeps its speaker", "Ellesford boss Niamh Carr said her side had lost and insisted they had matched Harwick.",
		[]string{"Ellesford boss Niamh Carr (claim) => Niamh Carr: her side had lost and insisted they had matched Harwick", "Ellesford boss Niamh Carr (claim) => Niamh Carr: they had matched Harwick"}},
	{"time and place after the verb", "Thirty-four homes were destroyed, county officials said at a briefing Tuesday.",
		[]string{"county officials (claim) => : Thirty-four homes were destroyed"}},
	{"a request is not a claim", "State Rep. Anne Kowalczyk has asked the company to meet with workers.", nil},
	{"told at the end, capital first", "Prices will rise, Smith told Reuters.", []string{"Smith (claim) => Smith: Prices will rise"}},
	{"the company is the one named before", "Kvarken Line runs the ferry. The company said all sailings were suspended.",
		[]string{"The company (claim) => Kvarken Line: all sailings were suspended"}},
	{"two companies named before", "Kvarken Line and Viking Line run ferries. The company said all sailings were suspended.",
		[]string{"The company (claim) => : all sailings were suspended"}},
	{"a description of a named person", "Russian President Vladimir Putin met French President Emmanuel Macron. The Russian leader said the talks were useful.",
		[]string{"The Russian leader (claim) => Vladimir Putin: the talks were useful"}},
	{"a description two people fit", "Russian President Vladimir Putin met French President Emmanuel Macron. The president said the talks were useful.",
		[]string{"The president (claim) => : the talks were useful"}},
	{"apposition is the subject", "Denmark’s largest supermarket chain, Salling Group, said it would stop selling the products.",
		[]string{"Salling Group (claim) => Salling Group: it would stop selling the products"}},
}

func TestQuotesCases(t *testing.T) {
	for _, tc := range quoteCases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := ParseText("a", strings.NewReader(tc.text))
			if err != nil {
				t.Fatal(err)
			}
			an, err := Analyze([]*Article{a})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, q := range an.Quotes {
				sp := q.Speaker.Text
				if !q.Direct {
					sp += " (claim)"
				}
				got = append(got, sp+" => "+q.Speaker.Entity+": "+q.Text)
				if a.Body[q.Start:q.End] != q.Text || a.Body[q.Speaker.Start:q.Speaker.End] != q.Speaker.Text {
					t.Errorf("quote %+v: offsets do not match the body", q)
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}
