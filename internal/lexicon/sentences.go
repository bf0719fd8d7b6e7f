package lexicon

// This file holds the word lists of sentences and the text around them:
// abbreviations, sentence starters, the words of credit lines and calls to
// action, and the words that cannot end a line.

// TitleAbbreviations are abbreviations written before a name or noun
// ("Gen. Smith", "St. Louis", "Mt. Everest"), keyed by the lower-cased word
// without its final dot; segment.TitleAbbreviations is read from it, so a
// capitalised word after one does not open a sentence.
// Source: ours, following the AP Stylebook's abbreviations for titles.
const TitleAbbreviations = `
	mr mrs ms messrs mmes mme mlle dr drs prof profs rev revs fr hon rt
	gen gens lt col cols maj capt cmdr adm brig sgt cpl pvt pfc sr.
	gov govs sen sens rep reps pres supt det insp atty amb sec
	ste mt ft pt vs v
`

// NumberAbbreviations are abbreviations written before a number ("No. 5",
// "pp. 12-14", "Vol. 3"); segment does not end a sentence after them.
// Source: ours, one of segment's abbreviation lists, which follow the AP
// Stylebook's abbreviations (segment/segmentrules.go).
const NumberAbbreviations = `no nos nr vol vols p pp fig figs art arts sec ch chap para approx ca est op ed`

// EndingAbbreviations usually end a clause when they end a phrase ("at 3
// p.m. Police arrived"); segment opens a sentence after them unless a
// Continuations word follows.
// Source: ours, one of segment's abbreviation lists, which follow the AP
// Stylebook's abbreviations (segment/segmentrules.go).
const EndingAbbreviations = `a.m p.m etc`

// Continuations are capitalised words that continue a time after an ending
// abbreviation: time zones and their names, weekdays and months, in full and
// abbreviated ("10 a.m. Tuesday", "3 a.m. Jan. 5"); segment.Continuations is
// read from it. Its weekdays and months overlap text's calendar words
// (text.Weekdays, text.DayOrMonth), which are tables in calendar order with
// numbers, not word lists, and stay in package text.
// Source: ours, written by hand for news text; the month abbreviations are
// the AP Stylebook's.
const Continuations = `
	et est edt ct cst cdt mt mst mdt pt pst pdt gmt utc bst cet cest eet eest msk ist jst aest
	eastern central mountain pacific local moscow london kyiv paris berlin tokyo beijing
	monday tuesday wednesday thursday friday saturday sunday
	january february march april may june july august september october november december
	jan feb mar apr jun jul aug sep sept oct nov dec
`

// ContinuingAbbreviations usually continue a name ("Apple Inc. Chief
// Executive", "Martin Luther King Jr. Day", "St. Louis"); segment opens a
// sentence after one only before a SentenceStarters word.
// Source: ours, following the AP Stylebook's abbreviations for states and
// the common abbreviations of company names.
const ContinuingAbbreviations = `inc corp co ltd llc plc bros jr sr dept univ assn st ave blvd rd`

// SentenceStarters are words that, capitalised, almost always open a
// sentence rather than continue a name; segment.SentenceStarters is read
// from it. It shares most of its words with Stopwords (function.go) but is
// kept apart: it adds discourse adverbs ("however", "meanwhile", "today")
// and lacks auxiliaries, and the two are read for different decisions
// (sentence boundaries against word weights).
// Source: ours, the frequent sentence-initial words of English news text
// (pronouns, determiners, conjunctions and discourse adverbs).
const SentenceStarters = `
	the a an this that these those there here it its he she we they i you his her our their my your
	and but or so yet nor for
	in on at after before during since until while when where why how what who whom whose which
	if although though because as with without by from to of under over despite among between
	through about against according amid following
	however meanwhile still also now then later earlier today yesterday tomorrow instead indeed
	moreover furthermore nevertheless nonetheless otherwise thus therefore finally first second
	many most some several few all both each every no not only even just such other another more
`

// DanglingWords cannot end a heading or a complete line: segment takes a
// line that ends with one for a line cut short.
// Source: ours, written by hand for news text.
const DanglingWords = `a an the and or of to in on at for from by with as was were is are be been has have had that which who`

// MinorTitleWords stay lower case in title-case headings, so segment does
// not count them when it measures how capitalised a line is. It is close to
// DanglingWords but kept apart: it has "nor", "but", "vs", "via", "per",
// "into", "onto" and "up" and lacks the auxiliaries and relative words
// ("is", "has", "that", "which", "who") a cut line can end with.
// Source: ours, written by hand for news text.
const MinorTitleWords = `a an the and or nor but of to in on at for from by with as vs via per into onto up`

// CreditWords may stand between the names of a credit line ("By Jane Doe
// and John Roe, The Associated Press", "Reporting by Jane Doe; Editing by
// John Roe"); segment's boilerplate rules read it.
// Source: ours, written by hand for news text.
const CreditWords = `by written reported reporting writing editing additional compiled produced words story and of the for in at`

// Imperatives open the calls to action around articles ("Follow WFHN",
// "Sign up"); with them are interjections and sentence adverbs ("“Yes,” she
// said", "Overall, 83 percent"). entities does not take these words,
// capitalised at the start of a sentence, for names.
// Source: ours, written by hand for news text.
const Imperatives = `follow read watch subscribe sign click share contact listen download join visit see tap scroll get send email call like
	yes no ok okay well oh thanks please sorry hello
	overall elsewhere nationwide worldwide likewise similarly separately additionally regardless notably ultimately
	currently recently initially previously altogether`
