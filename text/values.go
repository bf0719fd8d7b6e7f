package text

import (
	"fmt"
	"github.com/newsmerge/newsmerge/internal/lexicon"
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
var yearContext = WordSet(lexicon.YearContext)

// Values finds the numbers, amounts, dates and times of a text, in order.
// Offsets are byte offsets into text. Values never fails: a text without
// any gives nil. A number too large for a float64 ("1e400", or 308 nines
// before "billion") is not a value: Values leaves it out, so every Number
// it gives is finite and its result always marshals to JSON. It is safe
// for concurrent use.
func Values(text string) []Value { return valuesWith(text, Tokenize(text), valueReaders) }

// ValuesTokens is Values for a text already tokenised: toks is
// Tokenize(text), which it reads and does not change.
func ValuesTokens(text string, toks []Token) []Value { return valuesWith(text, toks, valueReaders) }

// valuesWith is Values with the readers tried in the order given; the
// tests reorder them to show why valueReaders has its order.
func valuesWith(text string, toks []Token, readers []valueReader) []Value {
	c := &valueCursor{text: text, toks: toks}
	var out []Value
	for i := 0; i < len(c.toks); {
		c.at(i)
		v, n, _ := c.read(readers)
		if n > 0 && (math.IsInf(v.Number, 0) || math.IsNaN(v.Number)) {
			n = 0 // a scale word made it overflow
		}
		if n == 0 {
			i++
			continue
		}
		v.Text = text[v.Start:v.End]
		out = append(out, v)
		c.floor = v.End
		i += n
	}
	return out
}

// A valueReader reads one shape of value at the cursor's token. read
// returns the value, the number of tokens it takes and whether the reader
// decided: false passes the token to the next reader; true with n == 0
// says that no value starts at this token and no later reader is tried
// ("13 p.m." is no time, and not the count 13 either).
type valueReader struct {
	name string
	on   tokenGroup // the tokens read is given; it sees no others
	read func(c *valueCursor) (v Value, n int, decided bool)
}

// A tokenGroup says which tokens a valueReader reads.
type tokenGroup uint8

const (
	wordTokens  tokenGroup = iota // words that do not start with a digit: "two", "Tuesday"
	digitTokens                   // tokens that start with a digit: "5", "5pm", "17:30", "2nd"
)

// valueReaders are tried in this order at each token; the first that
// decides gives the value.
//
// The word readers read only wordTokens and the digit readers only
// digitTokens, so the two groups never compete.
// Within each group most readers want different tokens: the word readers
// each start on their own words (weekdays, capitalised months, ordinals,
// "noon", "half", number names), and "clock" wants a colon, which no other
// digit reader can parse, and the suffix readers each their own suffix.
// The order matters among the readers of a bare number (digits with no
// letters after them), which all could read one, and there it goes from
// the most to the least specific (TestValueReaderOrder has a row for each
// point below, and TestValueReadersCompete checks that no other readers
// compete):
//
//   - "percent sign" before "hour" and the rest: "5% p.m." is 5%, not
//     17:00, and "5%" is not the count 5.
//   - "hour" before the rest, and it rejects as well as reads: "5 p.m." is
//     17:00, not the count 5, and "13 p.m." is nothing (not the count 13;
//     nor is "2024 p.m." a year).
//   - "iso date" before "year" and "count": "in 2025-11-23" is one date,
//     not the year 2025 and the counts 11 and 23.
//   - "day month" before "count": "23 November" is a date, not the count
//     23.
//   - "year" before "count": "in 2024" is a year, not the count 2024.
//   - "count" last: it reads any bare number that the others leave.
//
// Money and percentages written with words ("300 euros", "12 percent",
// "$4.5 million", "USD 40") are no readers of their own: they are an
// amount and what is written around it, which amount adds to what the
// readers of amounts read.
var valueReaders = []valueReader{
	// Words.
	{"weekday", wordTokens, readWeekday},
	{"month date", wordTokens, readMonthDate},
	{"ordinal word", wordTokens, readOrdinalWord},
	{"clock word", wordTokens, readClockWord},
	{"half a dozen", wordTokens, readHalfDozen},
	{"number words", wordTokens, readNumberWords},
	// Digits.
	{"clock", digitTokens, readClock},
	{"ordinal suffix", digitTokens, readOrdinalSuffix},
	{"hour suffix", digitTokens, readHourSuffix},
	{"scale suffix", digitTokens, readScaleSuffix},
	{"percent sign", digitTokens, readPercentSign},
	{"hour", digitTokens, readHour},
	{"iso date", digitTokens, readISODate},
	{"day month", digitTokens, readDayMonth},
	{"year", digitTokens, readYear},
	{"count", digitTokens, readCount},
}

// A valueCursor is what the value readers see: the text, its tokens and
// the token i a value may start at, with what every reader asks of it
// worked out once.
type valueCursor struct {
	text  string
	toks  []Token
	i     int   // the token a value may start at
	floor int   // the end of the last value read: a currency code before floor was that value's
	t     Token // toks[i]
	// group is the group of t: which readers read it.
	group tokenGroup
	// digits and suffix split a token that starts with a digit
	// (splitDigits): "4.5" and "m" for "4.5m", "17:30" and "" for "17:30";
	// both are empty for a word.
	digits, suffix string
	// num is digits read as a number, when isNum: never for a clock time
	// ("17:30"), digits that are no number ("1.2.3") or one too large
	// for a float64.
	num   float64
	isNum bool
}

// at moves the cursor to toks[i].
func (c *valueCursor) at(i int) {
	c.i, c.t = i, c.toks[i]
	c.group = digitTokens
	if c.t.Kind == TokenWord && !startsWithDigit(c.t.Text) {
		c.group = wordTokens
	}
	c.digits, c.suffix, c.num, c.isNum = "", "", 0, false
	if c.group == wordTokens {
		return
	}
	c.digits, c.suffix = splitDigits(c.t.Text)
	if c.digits == "" || strings.Contains(c.digits, ":") {
		return
	}
	num, err := strconv.ParseFloat(strings.ReplaceAll(strings.TrimSuffix(c.digits, "%"), ",", ""), 64)
	c.num, c.isNum = num, err == nil && !math.IsInf(num, 0)
}

// read tries the readers in order at the cursor's token and returns what
// the first that decides reads (trying only the readers of its group),
// and its index in readers (-1 when none
// decides; then n is 0).
func (c *valueCursor) read(readers []valueReader) (v Value, n int, by int) {
	for r := range readers {
		if readers[r].on != c.group {
			continue
		}
		if v, n, ok := readers[r].read(c); ok {
			return v, n, r
		}
	}
	return Value{}, 0, -1
}

// value returns a value of the cursor's token alone.
func (c *valueCursor) value(kind ValueKind, number float64) Value {
	return Value{Kind: kind, Start: c.t.Start, End: c.t.End, Number: number}
}

// bare reports whether the cursor's token is a number with nothing after
// it: "5", "1,000", "4.5", "5%", but not "5pm" or "17:30".
func (c *valueCursor) bare() bool { return c.isNum && c.suffix == "" }

// gap returns the text between toks[k-1] and toks[k].
func (c *valueCursor) gap(k int) string { return c.text[c.toks[k-1].End:c.toks[k].Start] }

// spaced reports whether only white space, or nothing, is between toks[k-1]
// and toks[k].
func (c *valueCursor) spaced(k int) bool { return strings.TrimSpace(c.gap(k)) == "" }

// joined reports whether toks[k] follows toks[k-1] after only white space
// or one hyphen: "twenty-five", "4.5 million".
func (c *valueCursor) joined(k int) bool { return c.spaced(k) || IsHyphenGap(c.gap(k)) }

// next returns the folded token after toks[k] when it is joined to it,
// and "" otherwise.
func (c *valueCursor) next(k int) string {
	if k+1 < len(c.toks) && c.joined(k+1) {
		return c.toks[k+1].Text
	}
	return ""
}

// prev returns the folded token before the cursor's, "" at the start.
func (c *valueCursor) prev() string {
	if c.i > 0 {
		return c.toks[c.i-1].Text
	}
	return ""
}

// readWeekday reads a day of the week: "Tuesday", "tuesday".
func readWeekday(c *valueCursor) (Value, int, bool) {
	if !Weekdays[c.t.Text] {
		return Value{}, 0, false
	}
	v := c.value(ValueWeekday, 0)
	for d, name := range weekdayNames {
		if name == c.t.Text {
			v.Number = float64(d)
		}
	}
	return v, 1, true
}

// readMonthDate reads a date that starts with a capitalised month: "Nov.
// 23", "November 23, 2025", "March 2024", "in March"; see readDate. It
// decides on every capitalised month, "May" the name as well ("Theresa
// May", which it rejects).
func readMonthDate(c *valueCursor) (Value, int, bool) {
	if MonthNumbers[c.t.Text] == 0 || !isCapitalised(c.text[c.t.Start:c.t.End]) {
		return Value{}, 0, false
	}
	v, n := c.readDate()
	return v, n, true
}

// readOrdinalWord reads a rank in words: "sixth", "twentieth".
func readOrdinalWord(c *valueCursor) (Value, int, bool) {
	if OrdinalWords[c.t.Text] == 0 {
		return Value{}, 0, false
	}
	return c.value(ValueOrdinal, OrdinalWords[c.t.Text]), 1, true
}

// readClockWord reads "noon" and "midday" (12:00) and "midnight" (00:00).
func readClockWord(c *valueCursor) (Value, int, bool) {
	switch c.t.Text {
	case "noon", "midday":
		return c.value(ValueTime, 12*60), 1, true
	case "midnight":
		return c.value(ValueTime, 0), 1, true
	}
	return Value{}, 0, false
}

// readHalfDozen reads "half a dozen" (and "half-a-dozen") as the count 6,
// or an amount of 6 ("half a dozen euros").
func readHalfDozen(c *valueCursor) (Value, int, bool) {
	if c.t.Text != "half" || c.next(c.i) != "a" || c.next(c.i+1) != "dozen" {
		return Value{}, 0, false
	}
	v := c.value(ValueCount, 6)
	v.End = c.toks[c.i+2].End
	v, n := c.amount(c.i+3, v)
	return v, n, true
}

// maxNumberWords bounds the tokens readNumberWords reads, so that Values
// stays linear in its input: a long enough run of number words that
// overflows is dropped and read again from its next word, and without the
// bound "dozen dozen dozen ..." took time quadratic in its length (40,000
// of them took 6 seconds). A number written out is far shorter: "nine
// hundred ninety-nine trillion nine hundred ninety-nine billion ... nine
// hundred ninety-nine" is 24 tokens. A longer run is read as more than one
// number.
const maxNumberWords = 64

// readNumberWords reads a number written in words: "two", "twenty-five",
// "three million", "two dozen", "a dozen" (the 12 of "dozen"), with what
// amount adds ("ten per cent", "300 euros"). Its words are joined by
// spaces or hyphens; a ten takes a unit after it ("twenty-five", not
// "twenty thirty"); "hundred" multiplies what is before it and a larger
// scale word ends a group ("three million two hundred thousand"). It reads
// at most maxNumberWords tokens. "One" on its own is no value (it is
// rather a pronoun: "one of the officials").
func readNumberWords(c *valueCursor) (Value, int, bool) {
	if _, ok := ValueWords[c.t.Text]; !ok {
		return Value{}, 0, false
	}
	i := c.i
	total, current, k := 0.0, 0.0, i
	for ; k < len(c.toks) && k-i < maxNumberWords; k++ {
		w := c.toks[k].Text
		if k > i && !c.joined(k) {
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
	if c.t.Text == "one" && k == i+1 {
		return Value{}, 0, true
	}
	v := c.value(ValueCount, total+current)
	v.End = c.toks[k-1].End
	v, n := c.amount(k, v)
	return v, n, true
}

// readClock reads a clock time with a colon: "17:30", "5:30 p.m.",
// "5:30pm", "17:30 p.m." (17:30), "24:00" (1440 minutes). It decides on
// every number with a colon and rejects one that is no time: "24:59",
// "12:61", "0:30 a.m.", "17:30 a.m.".
func readClock(c *valueCursor) (Value, int, bool) {
	if !strings.Contains(c.digits, ":") {
		return Value{}, 0, false
	}
	m, ok := clockMinutes(c.digits)
	if !ok {
		return Value{}, 0, true
	}
	v := c.value(ValueTime, float64(m))
	k := c.i + 1
	ap := ""
	if isMeridiem(c.suffix) {
		ap = c.suffix
	} else if c.suffix == "" && isMeridiem(c.next(c.i)) {
		ap = c.next(c.i)
		v.End = c.toks[c.i+1].End
		k++
	}
	switch h := m / 60; {
	case ap == "":
	case h == 0 || h == 24 || h > 12 && ap[0] == 'a':
		return Value{}, 0, true // "0:30 a.m.", "17:30 a.m.": no such time
	default:
		v.Number = float64(meridiem(m, ap)) // "17:30 p.m." is 17:30 too
	}
	return v, k - c.i, true
}

// readOrdinalSuffix reads a rank in digits: "2nd", "21st", "6th".
func readOrdinalSuffix(c *valueCursor) (Value, int, bool) {
	if !c.isNum {
		return Value{}, 0, false
	}
	switch c.suffix {
	case "st", "nd", "rd", "th":
		return c.value(ValueOrdinal, c.num), 1, true
	}
	return Value{}, 0, false
}

// readHourSuffix reads an hour written with "am" or "pm" in one token:
// "5pm", "11a.m.". It rejects an hour that is not 1 to 12 ("13pm").
func readHourSuffix(c *valueCursor) (Value, int, bool) {
	if !c.isNum || !isMeridiem(c.suffix) {
		return Value{}, 0, false
	}
	if !wholeIn(c.num, 1, 12) {
		return Value{}, 0, true
	}
	return c.value(ValueTime, float64(meridiem(int(c.num)*60, c.suffix))), 1, true
}

// readScaleSuffix reads a number with a scale letter: "4.5m", "5bn",
// "£3bn" (with what amount adds).
func readScaleSuffix(c *valueCursor) (Value, int, bool) {
	s, ok := scaleWords[c.suffix]
	if !c.isNum || !ok {
		return Value{}, 0, false
	}
	v, n := c.amount(c.i+1, c.value(ValueCount, c.num*s))
	return v, n, true
}

// readPercentSign reads a percentage with its sign: "5%", "12.5%".
func readPercentSign(c *valueCursor) (Value, int, bool) {
	if !c.bare() || !strings.HasSuffix(c.digits, "%") {
		return Value{}, 0, false
	}
	return c.value(ValuePercent, c.num), 1, true
}

// readHour reads an hour followed by "a.m." or "p.m.": "5 p.m.", "12
// a.m." (00:00). It decides on every bare number before "a.m." or "p.m."
// and rejects an hour that is not 1 to 12: "0 p.m.", "13 a.m.".
func readHour(c *valueCursor) (Value, int, bool) {
	ap := c.next(c.i)
	if !c.bare() || !isMeridiem(ap) {
		return Value{}, 0, false
	}
	if !wholeIn(c.num, 1, 12) {
		return Value{}, 0, true // "0 p.m.", "13 a.m.": no such time
	}
	v := c.value(ValueTime, float64(meridiem(int(c.num)*60, ap)))
	v.End = c.toks[c.i+1].End
	return v, 2, true
}

// readISODate reads a date written year-month-day: "2025-11-23". A month
// past 12 or a day past 31 is no such date, and it passes the number on
// ("2025-13-01").
func readISODate(c *valueCursor) (Value, int, bool) {
	i, toks := c.i, c.toks
	if !c.bare() || len(c.digits) != 4 || i+2 >= len(toks) || !IsHyphenGap(c.gap(i+1)) || !IsHyphenGap(c.gap(i+2)) ||
		len(toks[i+1].Text) != 2 || len(toks[i+2].Text) != 2 {
		return Value{}, 0, false
	}
	mo, _ := strconv.Atoi(toks[i+1].Text)
	d, _ := strconv.Atoi(toks[i+2].Text)
	if mo < 1 || mo > 12 || d < 1 || d > 31 {
		return Value{}, 0, false
	}
	return Value{Kind: ValueDate, Start: c.t.Start, End: toks[i+2].End, Year: int(c.num), Month: mo, Day: d}, 3, true
}

// readDayMonth reads a day before a capitalised month, and a year after
// it: "23 November", "23 November 2025", "5-March".
func readDayMonth(c *valueCursor) (Value, int, bool) {
	i, toks := c.i, c.toks
	if !c.bare() || !wholeIn(c.num, 1, 31) || i+1 >= len(toks) || MonthNumbers[c.next(i)] == 0 ||
		!isCapitalised(c.text[toks[i+1].Start:toks[i+1].End]) {
		return Value{}, 0, false
	}
	v := Value{Kind: ValueDate, Start: c.t.Start, End: toks[i+1].End, Month: MonthNumbers[toks[i+1].Text], Day: int(c.num)}
	k := i + 2
	if k < len(toks) && c.spaced(k) && isYearToken(toks[k]) {
		v.Year, _ = strconv.Atoi(toks[k].Text)
		v.End = toks[k].End
		k++
	}
	return v, k - i, true
}

// readYear reads four digits from 1800 to 2199 as a year after a word of
// time ("in 2024", "since 1991": yearContext) or a month that no date
// reader took ("march 2024", not capitalised), or where no word is joined
// after it ("by 2030.", "2030, when"). "2024 people" is a count.
func readYear(c *valueCursor) (Value, int, bool) {
	if !c.bare() || !isYearToken(c.t) {
		return Value{}, 0, false
	}
	prev := c.prev()
	if !yearContext[prev] && MonthNumbers[prev] == 0 && c.next(c.i) != "" && c.i+1 < len(c.toks) {
		return Value{}, 0, false
	}
	return c.value(ValueYear, c.num), 1, true
}

// readCount reads any other bare number, with the scale words and "dozen"
// after it: "1,000", "4.5 million", "2 dozen" (24), with what amount adds
// ("12.5 percent", "$4.5 million", "300 euros"). Its scale loop reads no
// token twice: the tokens it takes are the value's, or, when the number
// overflows and is dropped, scale words, on which no digit reader starts.
func readCount(c *valueCursor) (Value, int, bool) {
	if !c.bare() {
		return Value{}, 0, false
	}
	v := c.value(ValueCount, c.num)
	k := c.i + 1
	for k < len(c.toks) { // "4.5 million", "1.2 billion"
		w := c.next(k - 1)
		s, ok := scaleWords[w]
		if w == "dozen" {
			s, ok = 12, true // "2 dozen"
		}
		if !ok || len(c.toks[k].Text) <= 2 || !c.spaced(k) {
			break
		}
		v.Number *= s
		v.End = c.toks[k].End
		k++
	}
	v, n := c.amount(k, v)
	return v, n, true
}

// amount makes v, a number read from the cursor's token up to toks[k], a
// count, a percentage or an amount of money by what is around it: a word
// right after it ("12 percent", "ten per cent", "300 euros", "40 USD"),
// or else a currency symbol or code right before it ("$4.5 million", "USD
// 40"; see withCurrency). It returns v and the number of tokens it takes.
func (c *valueCursor) amount(k int, v Value) (Value, int) {
	i, toks := c.i, c.toks
	v.Kind = ValueCount
	if k < len(toks) && c.spaced(k) {
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
	v = withCurrency(c.text, v, c.floor)
	return v, k - i
}

// withCurrency makes v an amount of money when a currency symbol or code
// is written right before it, after floor: "$5", "US$5", "USD 5", "(GBP
// 3)", "fee—USD 5", but not "éEUR 7". It reads back over the spaces
// before v and at most four letters: a code is three.
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
	// is before them may be any rune, an em dash as well as a space. More
	// than three bytes of letters are no code, so it stops there.
	at := len(trimmed)
	for at > 0 && len(trimmed)-at <= 3 {
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

// readDate reads a date that starts with the cursor's token, a month:
// "Nov. 23", "November 23, 2025", "March 2024", "in March". "May" alone is
// a date only after a word of time ("in May", "last May"): "Theresa May"
// and "May I" are not.
func (c *valueCursor) readDate() (Value, int) {
	t, toks, i := c.t, c.toks, c.i
	v := Value{Kind: ValueDate, Start: t.Start, End: t.End, Month: MonthNumbers[t.Text]}
	k := i + 1
	if k < len(toks) && toks[k].Kind == TokenNumber && (c.spaced(k) || strings.TrimSpace(c.gap(k)) == ".") {
		n, err := strconv.Atoi(toks[k].Text)
		switch {
		case err == nil && n >= 1 && n <= 31:
			v.Day, v.End = n, toks[k].End
			k++
			if k < len(toks) && isYearToken(toks[k]) && strings.TrimSpace(c.gap(k)) == "," {
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
		prev := c.prev()
		if !yearContext[prev] && prev != "last" && prev != "next" && prev != "this" {
			return v, 0 // "Theresa May", "May I"
		}
	}
	if len(t.Text) <= 4 && MonthNumbers[t.Text] > 0 && strings.HasPrefix(c.text[t.End:], ".") && v.End == t.End {
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
