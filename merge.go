package newsmerge

import "github.com/newsmerge/newsmerge/merge"

// A Story is several articles about one event merged into one text in which
// every statement appears once and names the articles that made it.
type Story = merge.Story

// A StorySentence is one statement of a Story.
type StorySentence = merge.StorySentence

// A Source is one article's sentence behind a story sentence.
type Source = merge.Source

// Removed is a segment of an article that is not a statement of the story.
type Removed = merge.Removed

// A Conflict is a disagreement between the sources of one story sentence.
type Conflict = merge.Conflict

const (
	ConflictNumber   = merge.ConflictNumber
	ConflictNegation = merge.ConflictNegation
	ConflictRoles    = merge.ConflictRoles
	ConflictSpeaker  = merge.ConflictSpeaker
)

// A ConflictValue is one source's version of a disputed detail.
type ConflictValue = merge.ConflictValue

// Options adjust Merge. The zero value, or a nil *Options, means the
// defaults.
type Options = merge.Options

// DefaultMinAlign is the default Options.MinAlign.
const DefaultMinAlign = merge.DefaultMinAlign

// ErrNoArticles is returned by Merge when it is given no articles.
var ErrNoArticles = merge.ErrNoArticles

// Merge merges articles about one event into a Story.
//
// Every body sentence of every article (see Split) becomes a source of
// exactly one story sentence; every other segment is listed in
// Story.Removed with its reason. Nothing is dropped.
//
// Statements. Merge reads the articles in input order. Each sentence of an
// article is compared with the statements found so far in earlier articles
// (only the few statements, at most 8, that share the most weight of content
// words with it; words shared by more than 64 statements are too common to
// count) and joins one when:
//   - its score with the statement's first sentence reaches the Scorer's
//     threshold, or its Score.Core does (the same statement with another
//     detail: a conflict), or
//   - one of the two covers the other (Scorer.Link), or
//   - one quotes words that the other credits to the same speaker, in
//     quotation marks or not ("Leavitt said negotiators have “refined”
//     their proposals" and "Leavitt said those points had been refined"),
//     and their details agree or conflict as for a Core score, or
//   - the two are each other's best match between this article and the
//     statement, and the shorter one has at least MinAlign of its
//     weighted words in the longer one.
//
// Two sentences about different people never join, and neither do two
// statements whose first sentences are, unless the two quote the same words
// (then the quote is one statement credited to two speakers, a conflict):
// "Daniel Okafor will knock on doors" and "Maria Okafor will knock on doors"
// are two statements. The people a sentence is about are its speakers and
// the people it names within its first few words, where its subject
// usually stands; a sentence naming nobody there is about nobody in
// particular.
//
// A statement takes at most one sentence of each article, except sentences
// that the statement's first sentence covers, so that one long sentence of
// one outlet can hold two short ones of another, and sentences an article
// repeats word for word, which join their first copy. A sentence that covers the
// first sentences of two statements joins them. A sentence is compared with
// the first sentence of a statement and its first sentences in two more
// articles, never with every member, so statements do not grow by chains of
// sentences each a little like the last.
//
// Wording. A statement reads as the sentence with the most content words;
// ties go to the earlier article, then the earlier sentence.
//
// Order. The first article gives the order; a statement first told by a
// later article goes right after the statement that precedes it in that
// article (or before the one that follows it, when it opens the article).
//
// Conflicts. The sources of a statement disagree when a source's score
// against the chosen wording finds another number, another polarity or
// names in other roles (see Scorer.Link), or when the two credit what they
// say to different speakers, neither of which speaks for the other (see
// ConflictSpeaker).
//
// Entities. Story.Entities are those Analyze finds in all the articles,
// with only their mentions in body sentences: the reporter of a byline or
// the city of a dateline is not one of the story's people or places.
//
// Title. The headline most like the other headlines (the first
// maxTitleSample of them, with many articles); ties go to the earlier
// article.
//
// Errors. Merge returns ErrNoArticles for no articles, the error of
// Article.Validate for an invalid article, an *ArticleError wrapping
// ErrEmpty for a nil article (its ID is "#" and its position), and one
// wrapping ErrDuplicateID when two articles share an ID. One article gives a story of
// its own sentences. An article left with no body sentences once its
// boilerplate is removed contributes only Removed segments; when no article
// has a body sentence the story has no sentences.
//
// Merge is deterministic and safe for concurrent use, as long as the
// Options' Scorer is not changed while in use.
func Merge(articles []*Article, opts *Options) (*Story, error) {
	return merge.Merge(articles, opts)
}
