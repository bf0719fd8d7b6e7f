// Package enum turns the small enumerations of newsmerge (roles, kinds,
// relations) into their names and back, for String, MarshalText and
// UnmarshalText.
package enum

import "fmt"

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
