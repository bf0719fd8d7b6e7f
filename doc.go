// Package newsmerge deduplicates and merges news articles: several outlets'
// versions of one story in, one story out, in which every statement appears
// once and says which sources reported it.
//
// The pipeline starts here:
//
//   - An Article is one outlet's text. ParseText reads plain text (the first
//     line is the headline when it looks like one), ParseJSON reads a JSON
//     object, ReadFile picks by file name. Bad input gets an *ArticleError
//     wrapping ErrEmpty, ErrInvalidUTF8 or ErrTooLarge.
//   - Split divides a body into paragraphs and sentences and gives each
//     segment a Role: body, headline, sub-heading, dateline or boilerplate
//     (with the reason, so nothing is lost silently). Every segment carries
//     byte offsets into the article's Body.
//   - Fold and Tokenize prepare text for comparison: Unicode normalisation,
//     case folding, diacritics, quotes and dashes folded, and tokens that keep
//     their offsets into the original text.
//   - A Scorer compares sentences (Score, with the signals behind it) and
//     says how two relate (Link: the same statement, a conflict, one
//     covering the other); CompareArticles says how much of one article
//     another says.
//   - Analyze finds the people, organisations and places of a set of
//     articles with their variant names joined, and the quotes and claims
//     with their speakers; Values finds counts, money, dates and times.
//   - Merge clusters the statements of several articles into a Story: each
//     statement once, with every source sentence behind it, the facts only
//     one source has, disagreements as Conflicts (figures, polarity, roles,
//     speakers), the cast, and the segments removed with their reasons.
//     WriteText, WriteMarkdown and WriteJSON render it.
//   - An Index finds, for each article of a stream, the Exact copies,
//     NearCopy versions and Rewrite tellings already seen, touching only
//     candidates (MinHash and LSH bands, rare terms); GroupArticles puts a
//     corpus into stories ready for Merge.
//
// A short example:
//
//	a, err := newsmerge.ParseText("abc", strings.NewReader(text))
//	if err != nil {
//		return err
//	}
//	for _, s := range newsmerge.Split(a) {
//		if s.Role == newsmerge.RoleBody {
//			fmt.Println(s.Start, s.End, s.Text)
//		}
//	}
//	story, err := newsmerge.Merge([]*newsmerge.Article{a, b}, nil)
//	if err != nil {
//		return err
//	}
//	return story.WriteText(os.Stdout)
//
// The stages are packages with a one-way flow, each reading what the
// stages below it made: article (the Article and its errors), text
// (folding, tokens, stems, values), segment (sentences and roles),
// similarity (prepared sentences, signals, the fitted model, links),
// entities (names, aliases, quotes), merge (the Story) and dedup
// (fingerprints and the Index). This package is their front door: the
// names above are aliases of theirs, or thin functions over them, so a
// program needs only this package.
//
// Functions and methods are safe for concurrent use, except those that
// change their receiver (Weights.Add) and a Scorer whose fields are being
// changed.
package newsmerge
