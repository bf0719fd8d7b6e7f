package newsmerge

import "github.com/newsmerge/newsmerge/entities"

// An EntityType says what kind of thing an Entity is.
type EntityType = entities.Type

const (
	// EntityOther is a name whose kind the text does not show: a
	// capitalised name that is neither a known place nor shaped like a
	// person's or an organisation's name.
	EntityOther = entities.Other

	// EntityPerson is a person: "Vladimir Putin", "Leavitt".
	EntityPerson = entities.Person

	// EntityOrg is an organisation, including seats of government that
	// stand for one: "White House", "Kremlin", "ABC News".
	EntityOrg = entities.Org

	// EntityPlace is a country, region, city or other place: "United
	// States", "Kyiv", "Florida".
	EntityPlace = entities.Place
)

// An Entity is a person, organisation or place named in a set of articles,
// with every mention of it under any of its names.
type Entity = entities.Entity

// A Mention is one place where an article names an entity.
type Mention = entities.Mention

// A Quote is a statement that an article attributes to a speaker: the words
// within quotation marks (Direct), or a reported claim such as "Putin
// claimed that Russian forces had taken control of two cities".
type Quote = entities.Quote

// A Speaker is who a Quote is attributed to.
type Speaker = entities.Speaker

// An Analysis is what Analyze finds in a set of articles: the entities and
// the quotes, with access by sentence.
type Analysis = entities.Analysis

// Entities returns the entities of a set of articles, as Analyze finds
// them.
func Entities(articles []*Article) ([]Entity, error) {
	return entities.Entities(articles)
}

// Analyze finds the people, organisations and places named in a set of
// articles, joins the names that stand for one entity across all of them,
// and finds the quotes and claims with their speakers.
//
// Names. A name is a run of capitalised words (with lower-case particles
// such as "de" and "al-", and "of" or "the" inside organisation names) in a
// segment of the article; a possessive ends it ("Russia's"), a hyphen does
// not ("Ocasio-Cortez"). The first word of a sentence is left out when it is
// a common word (a function word, a word the articles also use in lower
// case, a group noun such as "Officials", a number, a weekday or month), and
// a lone first word is kept only with evidence: it is capitalised inside a
// sentence elsewhere, a verb of saying follows it, or an aside ("Kushner,
// who ..."). Weekdays, dates, number words, contractions and hyphenated
// adjectives ("US-based") are never names; demonyms ("Russian") are not
// either.
//
// Kinds. Known places come from a gazetteer (country names from the CLDR
// data in golang.org/x/text, with continents, regions, U.S. states and
// major cities; state abbreviations in datelines); known organisations from
// a list (seats of government such as "White House" and "Kremlin",
// international bodies, news agencies). Otherwise the words and the context
// vote: a title or role before the name ("President", "special envoy",
// "White House press secretary", kept as Entity.Roles), one in an aside
// after it ("Aoife Brennan, chairwoman of ...") or a verb of saying after a
// lone word make a person, and "the Trump administration" is a mention of
// the person Trump; an organisation word at the end ("News", "Ministry",
// "Inc", "Rangers") or a describing noun before ("the utility Endesa") an
// organisation; a place word ("Road", "Springs", "City"), a preposition
// ("in Vaasa"), "the port of", a country after a comma or a dateline a
// place; an incident or event word ("Pine Hollow Fire", "Paris Agreement")
// or "the" before a name without other evidence EntityOther. A name of two
// to four words without votes is a person's when its first word is a common
// given name, when it shares its last word with a person's name, when it
// has a particle of people's names ("von der"), or when its last word alone
// refers to it; otherwise, like a lone word that nothing shows the kind of,
// it is EntityOther. Headlines and sub-headings, capitalised throughout,
// only give mentions of names found elsewhere (a person's surname too) and
// of known places and organisations.
//
// Joining. Mentions with the same folded spelling (see Fold: "Micheál" and
// "Micheal") are always one entity, named by the spelling with the most
// letters outside ASCII and not in capitals, the first of those on ties. A shorter name joins a fuller person's name that
// ends with it ("Witkoff" joins "Steve Witkoff") when exactly one such name
// appears in the articles; with two ("Donald Trump", "Melania Trump")
// "Trump" stays an entity of its own. A given name used alone joins the one
// person whose name opens with it ("Luis", "Luis Reyes"). Spelling
// variants of a person's name
// ("Zelensky", "Zelenskyy") join when every word is the same or close by
// normalised Levenshtein similarity (at least 0.85, words of six letters or
// more, not a demonym of the other: "Andalusian"). An acronym joins the one
// organisation whose initials it spells ("NATO"), and a name joins the one
// organisation it opens when the rest are organisation words ("Kessler",
// "Kessler Automotive").
//
// Quotes. Every span in quotation marks of a body sentence is a direct
// Quote. Its speaker is the subject of the nearest verb of saying in the
// sentence ("said", "told", "claimed", "added", "denied", ... and "according
// to"), never words inside quotation marks: the phrase before the verb
// ("Putin claimed", "..., Leavitt said", "Russian officials also claimed",
// "ministry spokesman Lars Holm told", "a spokesman for the Kremlin said"),
// the name before or in an apposition ("Salling Group" in "Denmark's largest
// chain, Salling Group, said"), the speaker of the verb before ("Carr said
// ... and insisted") or after the verb ("..., said Leavitt"). A quotation
// that goes on in the next sentence of the paragraph keeps its speaker. A
// verb of saying with a speaker also gives an indirect Quote of the clause
// it reports: what follows the verb, or what comes before the speaker when
// nothing (or only a time or place) follows ("Shops will have six months,
// Kragh said"); none when that clause is only a quotation, the verb is
// negated ("did not say") or it asks for something ("asked the company to").
//
// Errors. Analyze returns an empty Analysis and no error for no articles,
// the error of Article.Validate for an invalid article, an *ArticleError
// wrapping ErrEmpty for a nil article, and one wrapping ErrDuplicateID when
// two articles share an ID. The result is deterministic, and Analyze is
// safe for concurrent use.
func Analyze(articles []*Article) (*Analysis, error) {
	return entities.Analyze(articles)
}
