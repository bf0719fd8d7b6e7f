package text

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsmerge/newsmerge/internal/enum"
)

// A ValueKind says what a Value measures.
type ValueKind uint8

const (
	// ValueCount is a number of things: "two cities", "1,000", "a
	// 19-point plan", "4.5 million". "Dozen" is 12 on its own ("a
	// dozen") and multiplies the number before it ("two dozen" and "2
	// dozen" are 24); "half a dozen" is 6; "dozens" gives no exact count,
	// so it is no value.
	ValueCount ValueKind = iota
	// ValueOrdinal is a rank: "sixth", "2nd".
	ValueOrdinal
	// ValuePercent is a percentage: "5%", "12.5 percent", "ten per cent".
	ValuePercent
	// ValueMoney is an amount of money: "$4.5 million", "€20", "300
	// euros".
	ValueMoney
	// ValueYear is a year on its own: "in 2024", "since 1991".
	ValueYear
	// ValueDate is a calendar date or month: "Nov. 23", "23 November
	// 2025", "2025-11-23", "in March".
	ValueDate
	// ValueWeekday is a day of the week: "Tuesday".
	ValueWeekday
	// ValueTime is a clock time: "5 p.m.", "17:30", "5:30pm", "noon",
	// "24:00" (the end of a day, 1440 minutes). An hour past 23 ("24:59")
	// is not a time, nor is an hour of 0 or 24 with "a.m." or "p.m.", nor
	// one past 12 with "a.m."; "17:30 p.m." is 17:30.
	ValueTime
)

var valueKindNames = [...]string{"count", "ordinal", "percent", "money", "year", "date", "weekday", "time"}

// String returns the kind's name: "count", "ordinal", "percent", "money",
// "year", "date", "weekday" or "time".
func (k ValueKind) String() string { return enum.Name(valueKindNames[:], int(k), "ValueKind") }

// MarshalText returns the kind's name, as String does.
func (k ValueKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText reads a name written by MarshalText; any other text is an
// error, and so is a nil *ValueKind (wrapping ErrNil).
func (k *ValueKind) UnmarshalText(b []byte) error {
	return enum.Unmarshal(k, valueKindNames[:], b, "value kind")
}

// A Value is a number, amount, date or time in a text, with its normalised
// value so that different spellings compare equal: "two" and "2", "5 p.m."
// and "17:00", "Nov. 23" and "November 23", "$4.5 million" and "4,500,000
// dollars".
type Value struct {
	Kind ValueKind `json:"kind"`
	// Start and End are byte offsets into the text given to Values:
	// Text == text[Start:End].
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Number is the value of a count, ordinal, percentage or amount of
	// money; the year of a ValueYear; the day of a ValueWeekday as
	// time.Weekday numbers it (Sunday is 0); the minutes after midnight
	// of a ValueTime. It is 0 for a ValueDate.
	Number float64 `json:"number"`
	// Currency is the ISO 4217 code of a ValueMoney amount ("USD",
	// "EUR"); empty when the text does not say (a bare "dollars" is USD).
	Currency string `json:"currency,omitempty"`
	// Year, Month and Day are the parts of a ValueDate; 0 for a part the
	// text does not give.
	Year  int `json:"year,omitempty"`
	Month int `json:"month,omitempty"`
	Day   int `json:"day,omitempty"`
}

// Key returns the value in a normal form, the same for every spelling of
// one value and different for different values of a kind: "2" for a count
// of two, "6" for "sixth", "5%", "USD 4500000", "2024", "2025-11-23" (a missing part
// is "--": "--11-23", "--11"), "tuesday", "17:00". Compare values of one
// Kind by Key. Key never panics: a ValueWeekday whose Number is not a
// whole number from 0 to 6 has the key "weekday(N)" and a ValueTime whose
// Number is not a whole number of minutes from 0 to 24:00 has the key
// "time(N)", N its Number as a count's key writes it.
func (v Value) Key() string {
	switch v.Kind {
	case ValuePercent:
		return formatNumber(v.Number) + "%"
	case ValueMoney:
		return strings.TrimSpace(v.Currency + " " + formatNumber(v.Number))
	case ValueDate:
		var b strings.Builder
		if v.Year > 0 {
			b.WriteString(strconv.Itoa(v.Year))
		} else {
			b.WriteString("-")
		}
		if v.Month > 0 {
			fmt.Fprintf(&b, "-%02d", v.Month)
		}
		if v.Day > 0 {
			fmt.Fprintf(&b, "-%02d", v.Day)
		}
		return b.String()
	case ValueWeekday:
		if !wholeIn(v.Number, 0, 6) {
			return "weekday(" + formatNumber(v.Number) + ")"
		}
		return weekdayNames[int(v.Number)]
	case ValueTime:
		if !wholeIn(v.Number, 0, 24*60) {
			return "time(" + formatNumber(v.Number) + ")"
		}
		m := int(v.Number)
		return fmt.Sprintf("%02d:%02d", m/60, m%60)
	}
	return formatNumber(v.Number)
}

// Equal reports whether v and w are the same value: the same Kind and Key.
func (v Value) Equal(w Value) bool { return v.Kind == w.Kind && v.Key() == w.Key() }

// wholeIn reports whether f is a whole number from lo to hi.
func wholeIn(f float64, lo, hi float64) bool { return f >= lo && f <= hi && f == math.Trunc(f) }

func formatNumber(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// The calendar words, once for the package: weekdayNames in time.Weekday
// order, monthNames in order, and the AP abbreviations of months with
// their numbers ("Nov. 23"). The sets below (weekdays, dayOrMonth,
// monthAbbreviations) and monthNumbers are made from them.
var (
	weekdayNames             = [7]string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}
	monthNames               = [12]string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
	monthAbbreviationNumbers = map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}

	Weekdays           = WordSet(strings.Join(weekdayNames[:], " "))
	DayOrMonth         = UnionSets(Weekdays, WordSet(strings.Join(monthNames[:], " ")))
	MonthAbbreviations = keySet(monthAbbreviationNumbers)
	MonthNumbers       = calendarMonths()
)

// calendarMonths maps month names and their AP abbreviations to 1-12.
func calendarMonths() map[string]int {
	out := make(map[string]int, len(monthNames)+len(monthAbbreviationNumbers))
	for i, m := range monthNames {
		out[m] = i + 1
	}
	for a, n := range monthAbbreviationNumbers {
		out[a] = n
	}
	return out
}

// keySet returns the keys of m as a set.
func keySet(m map[string]int) map[string]bool {
	out := make(map[string]bool, len(m))
	for k := range m {
		out[k] = true
	}
	return out
}

// ValueWords are the number names Values reads: units, teens and tens.
// "one" counts only before a scale word ("one million") or a noun after
// "only" is not told apart, so it is left out on its own, as Prepare does.
var ValueWords = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}

// scaleWords multiply the number before them.
var scaleWords = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12, "tr": 1e12,
}

var OrdinalWords = map[string]float64{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
	"ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
	"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
	"fortieth": 40, "fiftieth": 50, "hundredth": 100,
}

// currencyWords name currencies after an amount ("300 euros") or, as
// codes, before or after it ("USD 5").
var currencyWords = map[string]string{
	"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP",
	"sterling": "GBP", "ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB", "yen": "JPY",
	"yuan": "CNY", "renminbi": "CNY", "hryvnia": "UAH", "hryvnias": "UAH", "hryvnias'": "UAH", "rupee": "INR", "rupees": "INR",
	"franc": "CHF", "francs": "CHF", "shekel": "ILS", "shekels": "ILS", "won": "KRW", "lira": "TRY",
	"usd": "USD", "eur": "EUR", "gbp": "GBP", "rub": "RUB", "jpy": "JPY", "cny": "CNY", "uah": "UAH", "inr": "INR", "chf": "CHF",
}

// currencySymbols are written right before an amount, longest first.
var currencySymbols = []struct{ sym, code string }{
	{"US$", "USD"}, {"C$", "CAD"}, {"A$", "AUD"}, {"NZ$", "NZD"}, {"HK$", "HKD"},
	{"$", "USD"}, {"€", "EUR"}, {"£", "GBP"}, {"¥", "JPY"}, {"₽", "RUB"}, {"₴", "UAH"}, {"₹", "INR"}, {"₪", "ILS"}, {"₩", "KRW"},
}

// yearContext are the words after which a four-digit number is a year.
var yearContext = WordSet(`in since by until till from of early late mid before after during through to between around circa`)

// Values finds the numbers, amounts, dates and times of a text, in order.
// Offsets are byte offsets into text. Values never fails: a text without
// any gives nil. A number too large for a float64 ("1e400", or 308 nines
// before "billion") is not a value: Values leaves it out, so every Number
// it gives is finite and its result always marshals to JSON. It is safe
// for concurrent use.
func Values(text string) []Value {
	toks := Tokenize(text)
	var out []Value
	floor := 0 // the end of the last value: a currency code before a value is not read twice
	for i := 0; i < len(toks); {
		v, n := readValue(text, toks, i, floor)
		if n > 0 && (math.IsInf(v.Number, 0) || math.IsNaN(v.Number)) {
			n = 0 // a scale word made it overflow
		}
		if n == 0 {
			i++
			continue
		}
		v.Text = text[v.Start:v.End]
		out = append(out, v)
		floor = v.End
		i += n
	}
	return out
}

// readValue reads the value that starts at toks[i]; n is the number of
// tokens it takes, 0 when none starts there.
func readValue(text string, toks []Token, i, floor int) (v Value, n int) {
	t := toks[i]
	gapAfter := func(k int) string { // the text after toks[k]
		if k+1 < len(toks) {
			return text[toks[k].End:toks[k+1].Start]
		}
		return text[toks[k].End:]
	}
	next := func(k int) string { // the folded token after toks[k] when only a space or hyphen is between
		if k+1 < len(toks) && (strings.TrimSpace(gapAfter(k)) == "" || IsHyphenGap(gapAfter(k))) {
			return toks[k+1].Text
		}
		return ""
	}
	v.Start, v.End = t.Start, t.End
	// Words: weekdays, months, ordinals, noon, number names.
	if t.Kind == TokenWord && !startsWithDigit(t.Text) {
		switch {
		case Weekdays[t.Text]:
			v.Kind = ValueWeekday
			for d, name := range weekdayNames {
				if name == t.Text {
					v.Number = float64(d)
				}
			}
			return v, 1
		case MonthNumbers[t.Text] > 0 && isCapitalised(text[t.Start:t.End]):
			return readDate(text, toks, i)
		case OrdinalWords[t.Text] > 0:
			v.Kind, v.Number = ValueOrdinal, OrdinalWords[t.Text]
			return v, 1
		case t.Text == "noon" || t.Text == "midday":
			v.Kind, v.Number = ValueTime, 12*60
			return v, 1
		case t.Text == "midnight":
			v.Kind = ValueTime
			return v, 1
		}
		if t.Text == "half" && next(i) == "a" && next(i+1) == "dozen" { // "half a dozen"
			v.Number, v.End = 6, toks[i+2].End
			return finishAmount(text, toks, i, i+3, v, floor)
		}
		if _, ok := ValueWords[t.Text]; !ok {
			return v, 0
		}
		// A number written in words: "two", "twenty-five", "three million".
		total, current, k := 0.0, 0.0, i
		for ; k < len(toks); k++ {
			w := toks[k].Text
			if k > i && !(strings.TrimSpace(text[toks[k-1].End:toks[k].Start]) == "" || IsHyphenGap(text[toks[k-1].End:toks[k].Start])) {
				break
			}
			if w == "dozen" && k > i && current > 0 { // "two dozen"
				current *= 12
				continue
			}
			if n, ok := ValueWords[w]; ok && (k == i || current == 0 || current >= 20 && n < 10 && int(current)%10 == 0) {
				current += n
				continue
			}
			if s, ok := scaleWords[w]; ok && len(w) > 2 && k > i {
				if s == 100 {
					current *= 100
				} else {
					total += current * s
					current = 0
				}
				continue
			}
			break
		}
		if t.Text == "one" && k == i+1 {
			return v, 0
		}
		v.Number = total + current
		v.End = toks[k-1].End
		return finishAmount(text, toks, i, k, v, floor)
	}
	// Digits.
	digits, suffix := splitDigits(t.Text)
	if digits == "" {
		return v, 0
	}
	if strings.Contains(digits, ":") { // "17:30", "5:30 p.m.", "5:30pm"
		m, ok := clockMinutes(digits)
		if !ok {
			return v, 0
		}
		v.Kind, v.Number = ValueTime, float64(m)
		k := i + 1
		ap := ""
		if isMeridiem(suffix) {
			ap = suffix
		} else if suffix == "" && isMeridiem(next(i)) {
			ap = next(i)
			v.End = toks[i+1].End
			k++
		}
		switch h := m / 60; {
		case ap == "":
		case h == 0 || h == 24 || h > 12 && ap[0] == 'a':
			return v, 0 // "0:30 a.m.", "17:30 a.m.": no such time
		default:
			v.Number = float64(meridiem(m, ap)) // "17:30 p.m." is 17:30 too
		}
		return v, k - i
	}
	num, err := strconv.ParseFloat(strings.ReplaceAll(strings.TrimSuffix(digits, "%"), ",", ""), 64)
	if err != nil || math.IsInf(num, 0) {
		return v, 0
	}
	v.Number = num
	switch suffix {
	case "st", "nd", "rd", "th":
		v.Kind = ValueOrdinal
		return v, 1
	case "am", "pm", "a.m.", "p.m.":
		if wholeIn(num, 1, 12) {
			v.Kind, v.Number = ValueTime, float64(meridiem(int(num)*60, suffix))
			return v, 1
		}
		return v, 0
	case "":
	default:
		if s, ok := scaleWords[suffix]; ok { // "4.5m", "5bn"
			v.Number = num * s
			return finishAmount(text, toks, i, i+1, v, floor)
		}
		return v, 0
	}
	if strings.HasSuffix(digits, "%") {
		v.Kind = ValuePercent
		return v, 1
	}
	// "5 p.m.", "5 o'clock"
	if ap := next(i); isMeridiem(ap) {
		if !wholeIn(num, 1, 12) {
			return v, 0 // "0 p.m.", "13 a.m.": no such time
		}
		v.Kind, v.Number, v.End = ValueTime, float64(meridiem(int(num)*60, ap)), toks[i+1].End
		return v, 2
	}
	// "2025-11-23"
	if len(digits) == 4 && i+2 < len(toks) && IsHyphenGap(gapAfter(i)) && IsHyphenGap(gapAfter(i+1)) &&
		len(toks[i+1].Text) == 2 && len(toks[i+2].Text) == 2 {
		mo, _ := strconv.Atoi(toks[i+1].Text)
		d, _ := strconv.Atoi(toks[i+2].Text)
		if mo >= 1 && mo <= 12 && d >= 1 && d <= 31 {
			return Value{Kind: ValueDate, Start: t.Start, End: toks[i+2].End, Year: int(num), Month: mo, Day: d}, 3
		}
	}
	// "23 November 2025"
	if num >= 1 && num <= 31 && num == math.Trunc(num) && i+1 < len(toks) && MonthNumbers[next(i)] > 0 && isCapitalised(text[toks[i+1].Start:toks[i+1].End]) {
		d := Value{Kind: ValueDate, Start: t.Start, End: toks[i+1].End, Month: MonthNumbers[toks[i+1].Text], Day: int(num)}
		k := i + 2
		if k < len(toks) && strings.TrimSpace(gapAfter(i+1)) == "" && isYearToken(toks[k]) {
			d.Year, _ = strconv.Atoi(toks[k].Text)
			d.End = toks[k].End
			k++
		}
		return d, k - i
	}
	// A year: four digits after "in", "since", ... or before punctuation.
	if isYearToken(t) {
		prev := ""
		if i > 0 {
			prev = toks[i-1].Text
		}
		if yearContext[prev] || MonthNumbers[prev] > 0 || next(i) == "" || i+1 >= len(toks) {
			v.Kind = ValueYear
			return v, 1
		}
	}
	k := i + 1
	for k < len(toks) { // "4.5 million", "1.2 billion"
		s, ok := scaleWords[next(k-1)]
		if next(k-1) == "dozen" {
			s, ok = 12, true // "2 dozen"
		}
		if ok && len(toks[k].Text) > 2 && strings.TrimSpace(gapAfter(k-1)) == "" {
			v.Number *= s
			v.End = toks[k].End
			k++
			continue
		}
		break
	}
	return finishAmount(text, toks, i, k, v, floor)
}

// finishAmount makes v, whose number ends before toks[k], a count, a
// percentage or an amount of money by what is around it.
func finishAmount(text string, toks []Token, i, k int, v Value, floor int) (Value, int) {
	v.Kind = ValueCount
	if k < len(toks) && strings.TrimSpace(text[toks[k-1].End:toks[k].Start]) == "" {
		switch w := toks[k].Text; {
		case w == "percent" || w == "pct":
			v.Kind, v.End = ValuePercent, toks[k].End
			return v, k + 1 - i
		case w == "per" && k+1 < len(toks) && toks[k+1].Text == "cent":
			v.Kind, v.End = ValuePercent, toks[k+1].End
			return v, k + 2 - i
		case currencyWords[w] != "":
			v.Kind, v.Currency, v.End = ValueMoney, currencyWords[w], toks[k].End
			return v, k + 1 - i
		}
	}
	v = withCurrency(text, v, floor)
	return v, k - i
}

// withCurrency makes v an amount of money when a currency symbol or code
// is written right before it, after floor.
func withCurrency(text string, v Value, floor int) Value {
	before := text[floor:v.Start]
	for _, c := range currencySymbols {
		if strings.HasSuffix(before, c.sym) {
			v.Kind, v.Currency = ValueMoney, c.code
			v.Start -= len(c.sym)
			return v
		}
	}
	trimmed := strings.TrimRight(before, " ")
	// The letters at the end of trimmed, read back a rune at a time: what
	// is before them may be any rune, an em dash as well as a space.
	at := len(trimmed)
	for at > 0 {
		r, size := utf8.DecodeLastRuneInString(trimmed[:at])
		if !unicode.IsLetter(r) {
			break
		}
		at -= size
	}
	if code := trimmed[at:]; len(code) == 3 && IsAllUpper(code) && currencyWords[strings.ToLower(code)] != "" {
		v.Kind, v.Currency, v.Start = ValueMoney, code, floor+at
	}
	return v
}

// readDate reads a date that starts with a month: "Nov. 23", "November 23,
// 2025", "March 2024", "in March".
func readDate(text string, toks []Token, i int) (Value, int) {
	t := toks[i]
	v := Value{Kind: ValueDate, Start: t.Start, End: t.End, Month: MonthNumbers[t.Text]}
	k := i + 1
	gap := func(k int) string { return text[toks[k-1].End:toks[k].Start] }
	if k < len(toks) && toks[k].Kind == TokenNumber && (strings.TrimSpace(gap(k)) == "" || strings.TrimSpace(gap(k)) == ".") {
		n, err := strconv.Atoi(toks[k].Text)
		switch {
		case err == nil && n >= 1 && n <= 31:
			v.Day, v.End = n, toks[k].End
			k++
			if k < len(toks) && isYearToken(toks[k]) && strings.TrimSpace(gap(k)) == "," {
				v.Year, _ = strconv.Atoi(toks[k].Text)
				v.End = toks[k].End
				k++
			}
		case isYearToken(toks[k]):
			v.Year, v.End = n, toks[k].End
			k++
		}
	}
	if v.Day == 0 && v.Year == 0 && t.Text == "may" {
		prev := ""
		if i > 0 {
			prev = toks[i-1].Text
		}
		if !yearContext[prev] && prev != "last" && prev != "next" && prev != "this" {
			return v, 0 // "Theresa May", "May I"
		}
	}
	if len(t.Text) <= 4 && MonthNumbers[t.Text] > 0 && strings.HasPrefix(text[t.End:], ".") && v.End == t.End {
		v.End++ // "Nov." alone
	}
	return v, k - i
}

// splitDigits splits a token into its number ("4.5", "1,000", "5%",
// "17:30") and a letter suffix ("m", "pm", "th"); digits is empty when the
// token does not start with a digit.
func splitDigits(s string) (digits, suffix string) {
	i := 0
	for i < len(s) {
		c := s[i]
		if c >= '0' && c <= '9' || (c == '.' || c == ',' || c == ':') && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' && i > 0 || c == '%' {
			i++
			continue
		}
		break
	}
	return s[:i], s[i:]
}

func startsWithDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

func isCapitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func isYearToken(t Token) bool {
	if t.Kind != TokenNumber || len(t.Text) != 4 {
		return false
	}
	y, err := strconv.Atoi(t.Text)
	return err == nil && y >= 1800 && y <= 2199
}

// isMeridiem reports whether a folded token is "a.m.", "p.m.", "am" or
// "pm".
func isMeridiem(w string) bool { return w == "a.m." || w == "p.m." || w == "am" || w == "pm" }

// clockMinutes reads "17:30" as minutes after midnight. The hour is 0 to
// 23; "24:00", the end of a day, is read as 1440 minutes and any other
// time past 23:59 is not a time.
func clockMinutes(s string) (int, bool) {
	h, m, ok := strings.Cut(s, ":")
	if !ok || len(m) != 2 {
		return 0, false
	}
	hh, err1 := strconv.Atoi(h)
	mm, err2 := strconv.Atoi(m)
	if err1 != nil || err2 != nil || hh > 24 || mm > 59 || hh == 24 && mm != 0 {
		return 0, false
	}
	return hh*60 + mm, true
}

// meridiem turns minutes on a 12-hour clock into minutes after midnight.
func meridiem(m int, ap string) int {
	h := m / 60 % 12
	if strings.HasPrefix(ap, "p") {
		h += 12
	}
	return h*60 + m%60
}
