package segment

import (
	"regexp"
	"regexp/syntax"
	"unicode/utf8"
)

// A startPattern is a regular expression anchored at the start of the text
// it is matched against, with the runes a match can begin with: a text that
// begins with any other rune is turned away without running the
// expression. Boilerplate rules are tried on every segment and almost every
// segment begins otherwise; the turning away is exact, never a guess.
type startPattern struct {
	re    *regexp.Regexp
	first []rune // ranges, as syntax.Regexp.Rune holds them: lo, hi, lo, hi...
	any   bool   // the first rune of a match cannot be told: always run re
}

// mustStart compiles expr, which should begin with ^, into a startPattern
// (one that does not is always run); it
// panics if expr does not compile, as regexp.MustCompile does, for patterns
// written in the source.
func mustStart(expr string) *startPattern {
	p := &startPattern{re: regexp.MustCompile(expr)}
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		panic(err) // unreachable: regexp.MustCompile accepted expr
	}
	tree = tree.Simplify()
	var nullable bool
	p.first, nullable, p.any = firstRunes(tree)
	// Only a match that must begin at the start of the text begins with
	// its first rune: "^a|b" and "(?m)^a" can begin elsewhere.
	p.any = p.any || nullable || !anchored(tree)
	return p
}

// anchored reports whether every match of re begins at the start of the
// text.
func anchored(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpBeginText:
		return true
	case syntax.OpConcat:
		return len(re.Sub) > 0 && anchored(re.Sub[0])
	case syntax.OpCapture:
		return anchored(re.Sub[0])
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			if !anchored(sub) {
				return false
			}
		}
		return true
	}
	return false
}

// MatchString reports whether s matches the pattern.
func (p *startPattern) MatchString(s string) bool {
	if !p.any {
		r, size := utf8.DecodeRuneInString(s)
		if size == 0 || !inRanges(p.first, r) {
			return false
		}
	}
	return p.re.MatchString(s)
}

// String returns the expression.
func (p *startPattern) String() string { return p.re.String() }

// inRanges reports whether r is in one of the lo-hi ranges.
func inRanges(ranges []rune, r rune) bool {
	for i := 0; i+1 < len(ranges); i += 2 {
		if ranges[i] <= r && r <= ranges[i+1] {
			return true
		}
	}
	return false
}

// firstRunes returns the ranges of runes a match of re can begin with,
// whether re can match the empty text, and whether the first rune cannot
// be told (any character, a case-folded literal, an operator it does not
// know).
func firstRunes(re *syntax.Regexp) (ranges []rune, nullable, unknown bool) {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return nil, true, false
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return nil, true, false
		}
		if re.Flags&syntax.FoldCase != 0 {
			return nil, false, true
		}
		return []rune{re.Rune[0], re.Rune[0]}, false, false
	case syntax.OpCharClass:
		return re.Rune, false, false
	case syntax.OpCapture:
		return firstRunes(re.Sub[0])
	case syntax.OpStar, syntax.OpQuest:
		r, _, u := firstRunes(re.Sub[0])
		return r, true, u
	case syntax.OpPlus:
		return firstRunes(re.Sub[0])
	case syntax.OpRepeat:
		r, n, u := firstRunes(re.Sub[0])
		return r, n || re.Min == 0, u
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			r, n, u := firstRunes(sub)
			if u {
				return nil, false, true
			}
			ranges, nullable = append(ranges, r...), nullable || n
		}
		return ranges, nullable, false
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			r, n, u := firstRunes(sub)
			if u {
				return nil, false, true
			}
			ranges = append(ranges, r...)
			if !n {
				return ranges, false, false
			}
		}
		return ranges, true, false
	}
	return nil, false, true
}
