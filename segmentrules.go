package newsmerge

import (
	"regexp"
	"strings"
	"unicode"
)

// This file holds the data behind Split: word lists for sentence boundaries
// and the boilerplate rules. The abbreviation lists follow the AP Stylebook's
// abbreviations for titles, months and states and the common abbreviations
// of company names; the sentence starters are frequent sentence-initial
// words of English news text (pronouns, determiners, conjunctions and
// discourse adverbs). Lists are keyed by the lower-cased word without its
// final dot.

func wordSet(words string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// titleAbbreviations precede a name or noun, so a capitalised word after them
// does not open a sentence: "Gen. Smith", "St. Louis", "Mt. Everest".
var titleAbbreviations = wordSet(`
	mr mrs ms messrs mmes mme mlle dr drs prof profs rev revs fr hon rt
	gen gens lt col cols maj capt cmdr adm brig sgt cpl pvt pfc sr.
	gov govs sen sens rep reps pres supt det insp atty amb sec
	st ste mt ft pt vs v
`)

// numberAbbreviations precede a number: "No. 5", "pp. 12-14", "Vol. 3".
var numberAbbreviations = wordSet(`no nos nr vol vols p pp fig figs art arts sec ch chap para approx ca est op ed`)

// monthAbbreviations precede a day number in dates: "Nov. 23".
var monthAbbreviations = wordSet(`jan feb mar apr jun jul aug sep sept oct nov dec`)

// endingAbbreviations usually end a clause when they end a phrase, so a
// capitalised word after them opens a new sentence unless it is one of the
// continuations: "at 3 p.m. Police arrived" but "at 3 p.m. ET Monday".
var endingAbbreviations = wordSet(`a.m p.m etc`)

// continuations are capitalised words that continue a time after an ending
// abbreviation: time zones and their names, weekdays and months ("10 a.m.
// Tuesday", "3 a.m. Jan. 5").
var continuations = wordSet(`
	et est edt ct cst cdt mt mst mdt pt pst pdt gmt utc bst cet cest eet eest msk ist jst aest
	eastern central mountain pacific local moscow london kyiv paris berlin tokyo beijing
	monday tuesday wednesday thursday friday saturday sunday
	january february march april may june july august september october november december
	jan feb mar apr jun jul aug sep sept oct nov dec
`)

// continuingAbbreviations, like initialisms ("U.S.", "U.N."), usually
// continue a name ("Apple Inc. Chief Executive", "Martin Luther King Jr.
// Day"), so only a sentence starter after them opens a new sentence.
var continuingAbbreviations = wordSet(`inc corp co ltd llc plc bros jr sr dept univ assn ave blvd rd`)

// sentenceStarters are words that, capitalised, almost always open a
// sentence rather than continue a name.
var sentenceStarters = wordSet(`
	the a an this that these those there here it its he she we they i you his her our their my your
	and but or so yet nor for
	in on at after before during since until while when where why how what who whom whose which
	if although though because as with without by from to of under over despite among between
	through about against according amid following
	however meanwhile still also now then later earlier today yesterday tomorrow instead indeed
	moreover furthermore nevertheless nonetheless otherwise thus therefore finally first second
	many most some several few all both each every no not only even just such other another more
`)

// speechVerbs are the verbs of saying that make an attribution after a
// quotation: “Why now?” Smith asked.
var speechVerbs = wordSet(`
	said says say asked asks told tells added adds wrote writes replied replies noted notes
	insisted insists declared declares explained explains continued continues recalled recalls
	warned warns shouted shouts yelled yells exclaimed exclaims cried cries stated states
	argued argues countered counters responded responds joked jokes acknowledged acknowledges
	conceded concedes quipped quips tweeted tweets posted posts
`)

// minorTitleWords stay lower case in title-case headings, so they do not count
// when Split measures how capitalised a line is.
var minorTitleWords = wordSet(`a an the and or nor but of to in on at for from by with as vs via per into onto up`)

// A boilerplateRule recognises one kind of text around a story. Pattern is
// matched against the segment folded with Fold (lower case, ASCII quotes and
// dashes); MaxWords, when not zero, limits the rule to short segments so that
// a real sentence that happens to contain the words is kept.
type boilerplateRule struct {
	Reason   string
	Pattern  *regexp.Regexp
	MaxWords int
}

// boilerplateRules are tried in order; the first that matches names the
// reason.
var boilerplateRules = []boilerplateRule{
	{"contributor credit", regexp.MustCompile(`\bcontributed (reporting|to this (report|story|article))\b|^(additional )?(reporting|writing|editing) by\b|\bcontributed reporting\b`), 40},
	{"advertisement", regexp.MustCompile(`^(advertisement|ad|sponsored( content)?|paid content|story continues below( this)?( advertisement)?|continue reading( below| the main story)?|skip advertisement)[ .:]*$`), 0},
	{"promotion", regexp.MustCompile(`\bstay tuned\b|^for more (on|about) (this|the) (story|topic)|^(subscribe|sign up|register) (to|for|now|here|today)\b|\bsubscribe to our\b|\bsign up for our\b|^follow (us|@|[a-z. ]+ on (twitter|x|facebook|instagram|threads|bluesky|tiktok))|^(click|tap) here\b|^(read|see|watch|listen) (more|also|next|now|live)\b|^download (our|the) .*\bapp\b|\bshare (this|the) (article|story)\b|^(get|receive) (our|the) .*newsletter\b|^related( articles?| stories| coverage)?:|^(recommended|trending|most read|more from [a-z ]+):`), 30},
	{"photo credit", regexp.MustCompile(`^(photo|image|picture|video|file photo|photograph)( credit)?s?:|^\((photo|image)[^)]*\)$|\b(getty images|ap photo|afp via getty|reuters/|shutterstock|epa-efe)\b|^(photo|image|illustration) by\b`), 20},
	{"copyright", regexp.MustCompile(`^(\(c\)|©|copyright)\b|\ball rights reserved\b`), 25},
	{"byline", regexp.MustCompile(`^(by|written by|reported by|words by|story by)\s`), 0},
}

// boilerplateReason returns why s is boilerplate, or "" when it is not.
func boilerplateReason(s string) string {
	if !hasLetter(s) {
		if strings.IndexFunc(s, unicode.IsDigit) >= 0 {
			return "number-only line"
		}
		return "no words"
	}
	folded := Fold(s)
	words := len(strings.Fields(folded))
	for _, r := range boilerplateRules {
		if r.MaxWords > 0 && words > r.MaxWords {
			continue
		}
		if !r.Pattern.MatchString(folded) {
			continue
		}
		if r.Reason == "byline" && !isBylineNames(s) {
			continue
		}
		return r.Reason
	}
	return ""
}

// bylineWords may stand between the names of a byline: "By Jane Doe and
// John Roe, The Associated Press".
var bylineWords = wordSet(`by written reported words story and of the for in at`)

// isBylineNames reports whether s, which starts with "By", continues with
// names only: at most 12 words, each capitalised or a byline word, so that
// "By Tuesday the talks had stalled." is not taken for a byline.
func isBylineNames(s string) bool {
	words := strings.Fields(s)
	if len(words) > 12 {
		return false
	}
	for _, w := range words {
		w = strings.TrimFunc(w, unicode.IsPunct)
		if w == "" || bylineWords[strings.ToLower(w)] {
			continue
		}
		if !unicode.IsUpper(firstRune(w)) {
			return false
		}
	}
	// A byline names people; a capitalised weekday or month right after
	// "By" starts a sentence ("By Monday, ...").
	if len(words) > 1 && dayOrMonth[strings.ToLower(strings.TrimFunc(words[1], unicode.IsPunct))] {
		return false
	}
	return true
}

var dayOrMonth = wordSet(`
	monday tuesday wednesday thursday friday saturday sunday
	january february march april may june july august september october november december
`)
