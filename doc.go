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
//
// All functions of the package are safe for concurrent use.
package newsmerge
