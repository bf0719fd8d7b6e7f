package text

import (
	"strings"
	"unicode"
)

// IsHyphenGap reports whether the text between two tokens is one hyphen.
func IsHyphenGap(gap string) bool {
	return gap == "-" || gap == "\u2010" || gap == "\u2011"
}

func IsAllUpper(text string) bool {
	n := 0
	for _, r := range text {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

func UnionSets(sets ...map[string]bool) map[string]bool {
	m := make(map[string]bool)
	for _, s := range sets {
		for w := range s {
			m[w] = true
		}
	}
	return m
}

func WordSet(words string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
