// Package enum turns the small enumerations of newsmerge (roles, kinds,
// relations) into their names and back, for String, MarshalText and
// UnmarshalText.
package enum

import (
	"fmt"

	"github.com/newsmerge/newsmerge/article"
)

// Name returns names[i], or type(i) for a value without a name.
func Name(names []string, i int, typ string) string {
	if i >= 0 && i < len(names) {
		return names[i]
	}
	return fmt.Sprintf("%s(%d)", typ, i)
}

// Parse returns the index of b in names, or an error naming what.
func Parse(names []string, b []byte, what string) (int, error) {
	for i, n := range names {
		if string(b) == n {
			return i, nil
		}
	}
	return 0, fmt.Errorf("newsmerge: unknown %s %q", what, b)
}

// Unmarshal sets *p to the value named b in names, for the UnmarshalText
// methods; what names the kind in errors ("link", "role"). Text that is
// not a name is an error, and so is a nil p (wrapping article.ErrNil).
func Unmarshal[T ~uint8](p *T, names []string, b []byte, what string) error {
	if p == nil {
		return article.NilError(what)
	}
	i, err := Parse(names, b, what)
	if err == nil {
		*p = T(i)
	}
	return err
}
