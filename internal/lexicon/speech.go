package lexicon

// This file holds the word lists of speech and attribution: verbs of
// saying and reporting, the words of a speaker's phrase, and pronouns.

// SpeechVerbs are the verbs of saying that make an attribution after a
// quotation: “Why now?” Smith asked. segment.SpeechVerbs is read from it,
// and similarity keys them as the reporting verbs of a sentence (who said
// it, not what happened). entities reads them too, with ReportingVerbs.
// Source: ours, written by hand for news text.
const SpeechVerbs = `
	said says say asked asks told tells added adds wrote writes replied replies noted notes
	insisted insists declared declares explained explains continued continues recalled recalls
	warned warns shouted shouts yelled yells exclaimed exclaims cried cries stated states
	argued argues countered counters responded responds joked jokes acknowledged acknowledges
	conceded concedes quipped quips tweeted tweets posted posts
`

// SayingVerbs are the forms of "say" and "tell", which similarity keys as
// attribution wherever they stand in a sentence. All but the base form
// "tell" are SpeechVerbs too; the list is kept apart because similarity
// takes only these two verbs for attribution wherever they stand, the
// others only as reporting verbs.
// Source: ours, written by hand for news text.
const SayingVerbs = `say says said tell tells told`

// ReportingVerbs are the verbs of claiming, confirming and denying that
// wire copy uses to attribute statements, and participles of saying
// ("saying", "adding"). entities attributes statements with the union of
// SpeechVerbs and this list, so words of SpeechVerbs are not repeated here
// ("insisted insists warned warns", which were, are left out: the union is
// the same). The two are kept apart because segment and similarity read
// SpeechVerbs alone: claiming is not a sign of a quotation's attribution.
// Source: ours, the verbs wire copy uses to attribute statements.
const ReportingVerbs = `
	claim claims claimed alleged alleges announced announces confirmed confirms denied denies
	asserted asserts reported stressed stresses admitted admits maintained maintains
	predicted predicts indicated indicates revealed reveals disclosed discloses
	emphasized emphasizes emphasised emphasises suggested suggests vowed vows promised promises
	pledged pledges estimated estimates concluded concludes observed observes urged urges
	saying adding noting acknowledging claiming insisting warning arguing stressing explaining
`

// RequestVerbs attribute quotations ("“Why now?” she asked") but what
// follows them is a request, not a claim; entities reads them besides the
// reporting verbs, which hold them all.
// Source: ours, written by hand for news text.
const RequestVerbs = `asked asks urged urges`

// SpeakerSkips are the adverbs and auxiliaries that entities skips between
// a subject and its verb of saying: "Russian officials also claimed", "Putin
// has repeatedly said".
// Source: ours, written by hand for news text.
const SpeakerSkips = `also again later recently previously then has have had would will did does do not never reportedly publicly privately repeatedly earlier separately further initially first once already still subsequently`

// SpeakerModifiers are lower-case words of a speaker's phrase besides
// titles and group nouns: "a senior official", "top U.S. diplomats".
// Source: ours, written by hand for news text.
const SpeakerModifiers = `senior top former local regional foreign state government military federal national international unnamed anonymous deputy acting chief new current`

// AdjunctOpeners open a phrase of time or place after a verb of saying:
// "said at a briefing Tuesday", "said in a statement".
// Source: ours, written by hand for news text.
const AdjunctOpeners = `at in on during after before from with via through`

// ClauseOpeners start a clause of their own after a verb of saying:
// segment takes "Schumer said he disagreed" for a new statement, not the
// attribution of a quotation. It holds the subject pronouns of
// PersonPronouns and OtherPronouns and more ("you", "that", "there"): the
// lists are kept apart because entities reads its pronouns to stand for
// speakers, and "you" or "that" never do.
// Source: ours, written by hand for news text.
const ClauseOpeners = `that he she it they we i you there this these those`

// PersonPronouns may stand for a person as a speaker in entities;
// entities.PersonPronouns is read from it.
// Source: ours, written by hand for news text.
const PersonPronouns = `he she`

// OtherPronouns are the other subject pronouns that entities reads as a
// speaker's pronoun ("they said"), besides PersonPronouns;
// entities.OtherPronouns is read from it.
// Source: ours, written by hand for news text.
const OtherPronouns = `they we i it`

// ObjectPronouns are the object pronouns that entities accepts right
// after "told" as the one told ("told him").
// Source: ours, written by hand for news text.
const ObjectPronouns = `me us him her them`
