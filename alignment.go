package newsmerge

import "github.com/newsmerge/newsmerge/similarity"

// A Link says how two sentences relate, as Scorer.Link decides it.
type Link = similarity.Link

// LinkNone: the sentences make different statements.
const LinkNone = similarity.LinkNone

// LinkSame: the sentences make the same statement (Score.Value at or
// above the threshold).
const LinkSame = similarity.LinkSame

// LinkConflict: the same statement with a contradicting detail, such
// as another figure, a negation or two names trading places.
const LinkConflict = similarity.LinkConflict

// LinkCovers: the first sentence says everything the second says, and
// more ("Witkoff will meet Putin, and Kushner will join the talks"
// covers "Kushner will join the talks").
const LinkCovers = similarity.LinkCovers

// LinkCoveredBy: the second sentence covers the first.
const LinkCoveredBy = similarity.LinkCoveredBy

// MinCovered is the least share of the shorter sentence's weighted
// words that must be found in the longer one for the longer to cover
// it.
const MinCovered = similarity.MinCovered

// MinCoveredWords is the least number of content words (words that
// are not function words) the shorter sentence must have to be
// covered: "Putin said." is inside many sentences and says little.
const MinCoveredWords = similarity.MinCoveredWords

// A PreparedArticle is an article made ready for CompareArticles: its body
// sentences, each prepared once.
type PreparedArticle = similarity.PreparedArticle

// A SentenceMatch is one pair of sentences that CompareArticles found to
// say the same thing, or one inside the other.
type SentenceMatch = similarity.SentenceMatch

// An ArticleScore says how much of two articles is the same.
type ArticleScore = similarity.ArticleScore
