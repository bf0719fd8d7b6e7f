package newsmerge

import "github.com/newsmerge/newsmerge/segment"

// A Role says what part a segment of an article plays.
type Role = segment.Role

const (
	// RoleBody is a sentence of the story.
	RoleBody = segment.RoleBody

	// RoleHeadline is the article's headline: its first line when that line
	// looks like one.
	RoleHeadline = segment.RoleHeadline

	// RoleSubheading is a short heading line between paragraphs.
	RoleSubheading = segment.RoleSubheading

	// RoleDateline is the place prefix that opens a wire story, such as
	// "LONDON —" or "KYIV, Ukraine (AP) —".
	RoleDateline = segment.RoleDateline

	// RoleBoilerplate is text around the story that is not part of it:
	// bylines, credits, promotions, advertisement markers, stray lines.
	// Sentence.Reason says which.
	RoleBoilerplate = segment.RoleBoilerplate
)

// A Sentence is one segment of an article's body: a sentence, a heading, a
// dateline or a piece of boilerplate.
type Sentence = segment.Sentence

// Split divides an article's body into segments and gives each a role. Every
// character of the body other than white space belongs to exactly one
// segment; segments are returned in order, and their offsets point into
// a.Body.
//
// Paragraphs. A blank line always ends a paragraph. A single line break ends
// one too, except inside a hard-wrapped block (every line but the last at
// most 100 characters and close to the block's widest line) or before a line
// that starts with a lower-case letter after a line without final
// punctuation: those breaks are line wraps within a sentence.
//
// Headings. The first paragraph is the headline when it is one short line
// (at most 30 words) that does not end like a sentence and is followed by
// more text, or when it equals a.Title. A later one-line paragraph of at most
// 12 words that does not end like a sentence is a subheading, when most of its
// words are capitalised or it has at most 6 words.
//
// Sentences. A sentence ends at '.', '!', '?', '…' or any other Unicode
// sentence terminator that is followed by white space or the end of the
// paragraph, after any closing quotes and brackets. It does not end when the
// next word starts in lower case ("U.S. officials", "5 p.m. local time"); after
// a title ("Dr.", "Gen.", "St."), an initial ("J. R. R. Tolkien"), or before
// a number after "No." or a month ("No. 5", "Nov. 23"); after an initialism or
// company abbreviation ("U.S.", "Inc.") unless the next word usually opens a
// sentence ("The", "He", "But"); or after a quotation followed by its
// attribution ("Why now?" Smith asked.). Decimals, times and web addresses
// never end sentences, because the dot is not followed by a space.
//
// Datelines. An opening of the first body paragraph made of at most 8 words,
// the first in capitals, followed by a dash ("LONDON —",
// "KYIV, Ukraine (AP) —") is a RoleDateline segment of its own.
//
// Boilerplate. A segment that matches one of the boilerplate rules (bylines,
// contributor credits, promotions, photo credits, advertisement markers,
// copyright lines, lines with no letters such as "0") gets RoleBoilerplate and
// a Reason. Nothing is dropped: the caller decides what to do with it.
//
// Split does not validate the article: invalid UTF-8 bytes are treated as
// punctuation. It returns nil for a body without text and is safe for
// concurrent use.
func Split(a *Article) []Sentence {
	return segment.Split(a)
}
