package text

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// readValues is Values with the readers given, describing each decision
// as "reader: kind text key", or "reader: no value token" when the reader
// decided that no value starts at the token (or the value overflowed).
// TestValueReaders checks that it reads what Values reads.
func readValues(text string, readers []valueReader) (got []string, values []Value) {
	c := &valueCursor{text: text, toks: Tokenize(text)}
	for i := 0; i < len(c.toks); {
		c.at(i)
		v, n, by := c.read(readers)
		if n > 0 && (math.IsInf(v.Number, 0) || math.IsNaN(v.Number)) {
			n = 0
		}
		if by >= 0 && n == 0 {
			got = append(got, readers[by].name+": no value "+text[c.t.Start:c.t.End])
		}
		if n == 0 {
			i++
			continue
		}
		v.Text = text[v.Start:v.End]
		values = append(values, v)
		got = append(got, readers[by].name+": "+v.Kind.String()+" "+v.Text+" "+v.Key())
		c.floor = v.End
		i += n
	}
	return got, values
}

// TestValueReaders shows what each reader of valueReaders reads, with at
// least one row for each.
func TestValueReaders(t *testing.T) {
	dozens := 12.0 // 12 to the 64th, as readNumberWords multiplies it
	for i := 1; i < maxNumberWords; i++ {
		dozens *= 12
	}
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"weekday", "Tuesday’s meeting", []string{"weekday: weekday Tuesday tuesday"}},
		{"weekday in lower case", "on tuesday", []string{"weekday: weekday tuesday tuesday"}},

		{"month date", "Nov. 23, 2025", []string{"month date: date Nov. 23, 2025 2025-11-23"}},
		{"month date with a year", "in March 2024", []string{"month date: date March 2024 2024-03"}},
		{"month date: a month alone", "last May", []string{"month date: date May --05"}},
		{"month date: May is a name", "Theresa May spoke", []string{"month date: no value May"}},
		{"month date wants a capital", "they march on", nil},

		{"ordinal word", "the sixth round", []string{"ordinal word: ordinal sixth 6"}},

		{"clock word", "at noon or midnight", []string{"clock word: time noon 12:00", "clock word: time midnight 00:00"}},

		{"half a dozen", "half a dozen eggs", []string{"half a dozen: count half a dozen 6"}},
		{"half a dozen with hyphens", "half-a-dozen euros", []string{"half a dozen: money half-a-dozen euros EUR 6"}},

		{"number words", "twenty-five people", []string{"number words: count twenty-five 25"}},
		{"number words with scales", "three million two hundred thousand", []string{"number words: count three million two hundred thousand 3200000"}},
		{"number words with dozen", "two dozen eggs", []string{"number words: count two dozen 24"}},
		{"number words as money", "300 euros and ten per cent", []string{"count: money 300 euros EUR 300", "number words: percent ten per cent 10%"}},
		{"number words: one alone", "one of them", []string{"number words: no value one"}},
		{"number words: at most maxNumberWords", strings.TrimSpace(strings.Repeat("dozen ", maxNumberWords+1)), []string{
			"number words: count " + strings.TrimSpace(strings.Repeat("dozen ", maxNumberWords)) + " " + formatNumber(dozens),
			"number words: count dozen 12",
		}},

		{"clock", "at 17:30", []string{"clock: time 17:30 17:30"}},
		{"clock with p.m.", "5:30 p.m. and 5:30pm", []string{"clock: time 5:30 p.m. 17:30", "clock: time 5:30pm 17:30"}},
		{"clock: no such time", "24:59 and 0:30 a.m.", []string{"clock: no value 24:59", "clock: no value 0:30"}},

		{"ordinal suffix", "the 2nd round", []string{"ordinal suffix: ordinal 2nd 2"}},

		{"hour suffix", "at 5pm", []string{"hour suffix: time 5pm 17:00"}},
		{"hour suffix: no such hour", "at 13pm", []string{"hour suffix: no value 13pm"}},

		{"scale suffix", "£3bn", []string{"scale suffix: money £3bn GBP 3000000000"}},

		{"percent sign", "up 12.5%", []string{"percent sign: percent 12.5% 12.5%"}},

		{"hour", "at 5 p.m.", []string{"hour: time 5 p.m. 17:00"}},
		{"hour: no such hour", "at 0 p.m.", []string{"hour: no value 0"}},

		{"iso date", "on 2025-11-23", []string{"iso date: date 2025-11-23 2025-11-23"}},
		{"iso date: no such month", "2025-13-01", []string{"count: count 2025 2025", "count: count 13 13", "count: count 01 1"}},

		{"day month", "23 November 2025", []string{"day month: date 23 November 2025 2025-11-23"}},

		{"year", "since 1991", []string{"year: year 1991 1991"}},
		{"year before punctuation", "by 2030.", []string{"year: year 2030 2030"}},
		{"year out of range", "in 1492", []string{"count: count 1492 1492"}},

		{"count", "1,000 troops", []string{"count: count 1,000 1000"}},
		{"count with scales", "$4.5 million", []string{"count: money $4.5 million USD 4500000"}},
		{"count with a code before", "a USD 40 fee", []string{"count: money USD 40 USD 40"}},
		{"count: four digits", "2024 people", []string{"count: count 2024 2024"}},
	}
	read := map[string]bool{}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, values := readValues(tc.in, valueReaders)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("readValues(%q) (-want +got):\n%s", tc.in, diff)
			}
			if diff := cmp.Diff(Values(tc.in), values); diff != "" {
				t.Errorf("readValues(%q) reads other values than Values (-Values +readValues):\n%s", tc.in, diff)
			}
			for _, g := range got {
				name, _, _ := strings.Cut(g, ":")
				read[name] = true
			}
		})
	}
	for _, r := range valueReaders {
		if !read[r.name] {
			t.Errorf("no row shows what reader %q reads", r.name)
		}
	}
}

// TestValueReaderOrder has a row for each place where the order of
// valueReaders matters: an input that the readers read rightly in their
// order and wrongly with reader second moved right before reader first.
func TestValueReaderOrder(t *testing.T) {
	tests := []struct {
		name          string
		first, second string
		in            string
		want, swapped []string
	}{
		{"a percent sign is no hour", "percent sign", "hour", "5% p.m.",
			[]string{"percent sign: percent 5% 5%"},
			[]string{"hour: time 5% p.m. 17:00"}},
		{"a percent sign is no count", "percent sign", "count", "5%",
			[]string{"percent sign: percent 5% 5%"},
			[]string{"count: count 5% 5"}},
		{"an hour is no count", "hour", "count", "5 p.m.",
			[]string{"hour: time 5 p.m. 17:00"},
			[]string{"count: count 5 5"}},
		{"no hour is no count either", "hour", "count", "13 p.m.",
			[]string{"hour: no value 13"},
			[]string{"count: count 13 13"}},
		{"an iso date is no year", "iso date", "year", "in 2025-11-23",
			[]string{"iso date: date 2025-11-23 2025-11-23"},
			[]string{"year: year 2025 2025", "count: count 11 11", "count: count 23 23"}},
		{"an iso date is no count", "iso date", "count", "2025-11-23",
			[]string{"iso date: date 2025-11-23 2025-11-23"},
			[]string{"count: count 2025 2025", "count: count 11 11", "count: count 23 23"}},
		{"a day and month is no count", "day month", "count", "23 November",
			[]string{"day month: date 23 November --11-23"},
			[]string{"count: count 23 23", "month date: date November --11"}},
		{"a year is no count", "year", "count", "in 2024",
			[]string{"year: year 2024 2024"},
			[]string{"count: count 2024 2024"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, _ := readValues(tc.in, valueReaders)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("readValues(%q) (-want +got):\n%s", tc.in, diff)
			}
			swapped := moveBefore(t, valueReaders, tc.second, tc.first)
			got, _ = readValues(tc.in, swapped)
			if diff := cmp.Diff(tc.swapped, got); diff != "" {
				t.Errorf("readValues(%q) with %q before %q (-want +got):\n%s", tc.in, tc.second, tc.first, diff)
			}
		})
	}
}

// moveBefore returns a copy of readers with the reader named move right
// before the one named before, which it is after.
func moveBefore(t *testing.T, readers []valueReader, move, before string) []valueReader {
	t.Helper()
	index := func(rs []valueReader, name string) int {
		return slices.IndexFunc(rs, func(r valueReader) bool { return r.name == name })
	}
	m, b := index(readers, move), index(readers, before)
	if m < 0 || b < 0 || m < b {
		t.Fatalf("reader %q is not after reader %q in valueReaders", move, before)
	}
	out := slices.Delete(slices.Clone(readers), m, m+1)
	return slices.Insert(out, b, readers[m])
}

// TestValueReadersCompete checks what the comment on valueReaders says:
// where more than one reader would decide at a token, they are all
// readers of a bare number, whose order the rows of TestValueReaderOrder
// show.
func TestValueReadersCompete(t *testing.T) {
	bare := map[string]bool{"percent sign": true, "hour": true, "iso date": true, "day month": true, "year": true, "count": true}
	text := "Talks begin at 5 p.m. Tuesday, Nov. 25, on a 19-point plan worth $4.5 million, up 12 percent, " +
		"the sixth round since 1991: half a dozen envoys, twenty-five million euros, 2nd, 5pm, £3bn, 12.5%, 5% p.m., " +
		"17:30, 24:59, 13 p.m., in 2025-11-23, 23 November 2025, in 2024, 2024 people, at noon, one of them, May I."
	c := &valueCursor{text: text, toks: Tokenize(text)}
	for i := range c.toks {
		c.at(i)
		var deciders []string
		for _, r := range valueReaders {
			if r.on != c.group {
				continue
			}
			if _, _, ok := r.read(c); ok {
				deciders = append(deciders, r.name)
			}
		}
		if len(deciders) < 2 {
			continue
		}
		for _, d := range deciders {
			if !bare[d] {
				t.Errorf("at %q readers %q all decide", c.t.Text, deciders)
				break
			}
		}
	}
}
