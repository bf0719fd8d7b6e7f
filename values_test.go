package newsmerge

import (
	"encoding/json"
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestValues(t *testing.T) {
	// Each value is "kind text key".
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"clock time", "Talks begin around 5 p.m. local time.", []string{"time 5 p.m. 17:00"}},
		{"clock times agree", "at 17:00, at 5pm, at 5:00 p.m.", []string{"time 17:00 17:00", "time 5pm 17:00", "time 5:00 p.m. 17:00"}},
		{"morning and midnight", "at 12 a.m., at 12:30 p.m., at noon and midnight", []string{"time 12 a.m. 00:00", "time 12:30 p.m. 12:30", "time noon 12:00", "time midnight 00:00"}},
		{"weekday", "met Sunday and Tuesday’s meeting", []string{"weekday Sunday sunday", "weekday Tuesday tuesday"}},
		{"counts in words and digits", "two cities, 2 cities, twenty-five people, a dozen eggs", []string{"count two 2", "count 2 2", "count twenty-five 25", "count dozen 12"}},
		{"thousands", "1,000 troops and 1000 troops", []string{"count 1,000 1000", "count 1000 1000"}},
		{"scales", "4.5 million people, three billion, one million", []string{"count 4.5 million 4500000", "count three billion 3000000000", "count one million 1000000"}},
		{"one is not a count", "one of the officials said", nil},
		{"hyphenated count", "a revised 19-point proposal", []string{"count 19 19"}},
		{"ordinals", "the sixth meeting, the 2nd round, the twentieth", []string{"ordinal sixth 6", "ordinal 2nd 2", "ordinal twentieth 20"}},
		{"percentages", "5%, 12.5 percent, ten per cent", []string{"percent 5% 5%", "percent 12.5 percent 12.5%", "percent ten per cent 10%"}},
		{"money", "$4.5 million, €20, £3bn, 300 euros, US$5", []string{"money $4.5 million USD 4500000", "money €20 EUR 20", "money £3bn GBP 3000000000", "money 300 euros EUR 300", "money US$5 USD 5"}},
		{"money codes", "a USD 40 fee and 20 rubles", []string{"money USD 40 USD 40", "money 20 rubles RUB 20"}},
		{"dates", "Nov. 23, November 23, 2025, 23 November and 2025-11-23", []string{"date Nov. 23 --11-23", "date November 23, 2025 2025-11-23", "date 23 November --11-23", "date 2025-11-23 2025-11-23"}},
		{"month alone", "in March and last May", []string{"date March --03", "date May --05"}},
		{"May is a name too", "Theresa May spoke. May I?", nil},
		{"years", "in 2024, since 1991 and by 2030.", []string{"year 2024 2024", "year 1991 1991", "year 2030 2030"}},
		{"four digits as a count", "2024 people came", []string{"count 2024 2024"}},
		{"month and year", "in March 2024", []string{"date March 2024 2024-03"}},
		{"a code between two values belongs to the first", "0 USD 0", []string{"money 0 USD USD 0", "count 0 0"}},
		{"no values", "The talks went on.", nil},
		{"clock times out of range", "at 24:59, 25:00, 0 p.m., 0:30 a.m., 24:00 p.m., 13 p.m. and 17:30 a.m.", nil},
		{"clock times at the edges", "at 0:00, 23:59, 24:00, 12 p.m., 5:30pm and 17:30 p.m.", []string{"time 0:00 00:00", "time 23:59 23:59", "time 24:00 24:00", "time 12 p.m. 12:00", "time 5:30pm 17:30", "time 17:30 p.m. 17:30"}},
		{"a code after a dash, not inside a word", "a fee\u2014USD 5\u2014and \u00e9EUR 7 and (GBP 3)", []string{"money USD 5 USD 5", "count 7 7", "money GBP 3 GBP 3"}},
		{"dozens", "two dozen eggs, 3 dozen, twenty-five dozen, a dozen, half a dozen and dozens of people", []string{"count two dozen 24", "count 3 dozen 36", "count twenty-five dozen 300", "count dozen 12", "count half a dozen 6"}},
		{"too large after a scale word", strings.Repeat("9", 308) + " billion dollars", nil},
		{"too large after many scale words", "1" + strings.Repeat(" million", 60), nil},
		{"too large, then a value", "1" + strings.Repeat(" million", 60) + " and 5 p.m.", []string{"time 5 p.m. 17:00"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, v := range Values(tc.in) {
				if tc.in[v.Start:v.End] != v.Text {
					t.Errorf("value %+v: text is %q", v, tc.in[v.Start:v.End])
				}
				got = append(got, v.Kind.String()+" "+v.Text+" "+v.Key())
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Values(%q) (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

// TestValueKey checks the keys of values built by hand, out of the range
// Values gives too: Key never panics.
func TestValueKey(t *testing.T) {
	tests := []struct {
		name string
		in   Value
		want string
	}{
		{"weekday", Value{Kind: ValueWeekday, Number: 2}, "tuesday"},
		{"weekday below range", Value{Kind: ValueWeekday, Number: -1}, "weekday(-1)"},
		{"weekday above range", Value{Kind: ValueWeekday, Number: 7}, "weekday(7)"},
		{"weekday not whole", Value{Kind: ValueWeekday, Number: 2.5}, "weekday(2.5)"},
		{"weekday infinite", Value{Kind: ValueWeekday, Number: math.Inf(1)}, "weekday(+Inf)"},
		{"weekday NaN", Value{Kind: ValueWeekday, Number: math.NaN()}, "weekday(NaN)"},
		{"time", Value{Kind: ValueTime, Number: 17*60 + 30}, "17:30"},
		{"time at the end of the day", Value{Kind: ValueTime, Number: 24 * 60}, "24:00"},
		{"time below range", Value{Kind: ValueTime, Number: -30}, "time(-30)"},
		{"time above range", Value{Kind: ValueTime, Number: 24*60 + 1}, "time(1441)"},
		{"time NaN", Value{Kind: ValueTime, Number: math.NaN()}, "time(NaN)"},
		{"kind out of range", Value{Kind: ValueKind(42), Number: 3}, "3"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got string
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Fatalf("%+v.Key() panicked: %v", tc.in, r)
					}
				}()
				got = tc.in.Key()
			}()
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%+v.Key() (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

func TestValueEqual(t *testing.T) {
	a, b, c := Values("5 p.m."), Values("17:00"), Values("5 percent")
	if !a[0].Equal(b[0]) || a[0].Equal(c[0]) {
		t.Errorf("Equal: 5 p.m. vs 17:00 %v, vs 5 percent %v", a[0].Equal(b[0]), a[0].Equal(c[0]))
	}
	two, five := Values("two"), Values("5")
	if two[0].Equal(five[0]) {
		t.Error("two equals 5")
	}
}

func TestValueKindText(t *testing.T) {
	for k := ValueCount; k <= ValueTime; k++ {
		b, err := json.Marshal(k)
		if err != nil {
			t.Fatal(err)
		}
		var back ValueKind
		if err := json.Unmarshal(b, &back); err != nil || back != k {
			t.Errorf("%v: JSON %s read back as %v, %v", k, b, back, err)
		}
	}
	var k ValueKind
	if err := k.UnmarshalText([]byte("colour")); err == nil {
		t.Error("UnmarshalText(colour) succeeded")
	}
	if s := ValueKind(42).String(); s != "ValueKind(42)" {
		t.Errorf("ValueKind(42).String() = %q", s)
	}
}

// FuzzValues checks that Values never panics and gives values in order,
// inside the text, with their text and a key.
func FuzzValues(f *testing.F) {
	for _, s := range fuzzSeedTexts(f) {
		f.Add(s)
	}
	f.Add("$4.5 million at 5 p.m. on Nov. 23, 2025-11-23, 12:61, 99:00, 1e400, 9999999999999999999999")
	f.Fuzz(func(t *testing.T, s string) {
		var vs []Value
		finishes(t, "Values", s, func() { vs = Values(s) })
		prev := 0
		for _, v := range vs {
			if v.Start < prev || v.End > len(s) || v.Start >= v.End || s[v.Start:v.End] != v.Text {
				t.Fatalf("value %+v is out of order or does not match the text", v)
			}
			if v.Key() == "" {
				t.Fatalf("value %+v has no key", v)
			}
			if math.IsInf(v.Number, 0) || math.IsNaN(v.Number) {
				t.Fatalf("value %+v is not finite", v)
			}
			prev = v.End
		}
		if _, err := json.Marshal(vs); err != nil {
			t.Fatalf("json.Marshal(Values(%q)): %v", s, err)
		}
	})
}

// BenchmarkValues measures Values on the seed bodies.
func BenchmarkValues(b *testing.B) {
	var n int
	var bodies []string
	for _, a := range seedArticles(b) {
		bodies = append(bodies, a.Body)
		n += len(a.Body)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		for _, body := range bodies {
			Values(body)
		}
	}
}
