package newsmerge

import "github.com/newsmerge/newsmerge/text"

// A ValueKind says what a Value measures.
type ValueKind = text.ValueKind

// ValueCount is a number of things: "two cities", "1,000", "a
// 19-point plan", "4.5 million". "Dozen" is 12 on its own ("a
// dozen") and multiplies the number before it ("two dozen" and "2
// dozen" are 24); "half a dozen" is 6; "dozens" gives no exact count,
// so it is no value.
const ValueCount = text.ValueCount

// ValueOrdinal is a rank: "sixth", "2nd".
const ValueOrdinal = text.ValueOrdinal

// ValuePercent is a percentage: "5%", "12.5 percent", "ten per cent".
const ValuePercent = text.ValuePercent

// ValueMoney is an amount of money: "$4.5 million", "€20", "300
// euros".
const ValueMoney = text.ValueMoney

// ValueYear is a year on its own: "in 2024", "since 1991".
const ValueYear = text.ValueYear

// ValueDate is a calendar date or month: "Nov. 23", "23 November
// 2025", "2025-11-23", "in March".
const ValueDate = text.ValueDate

// ValueWeekday is a day of the week: "Tuesday".
const ValueWeekday = text.ValueWeekday

// ValueTime is a clock time: "5 p.m.", "17:30", "5:30pm", "noon",
// "24:00" (the end of a day, 1440 minutes). An hour past 23 ("24:59")
// is not a time, nor is an hour of 0 or 24 with "a.m." or "p.m.", nor
// one past 12 with "a.m."; "17:30 p.m." is 17:30.
const ValueTime = text.ValueTime

// A Value is a number, amount, date or time in a text, with its normalised
// value so that different spellings compare equal: "two" and "2", "5 p.m."
// and "17:00", "Nov. 23" and "November 23", "$4.5 million" and "4,500,000
// dollars".
type Value = text.Value

// Values finds the numbers, amounts, dates and times of a text, in order.
// Offsets are byte offsets into text. Values never fails: a text without
// any gives nil. A number too large for a float64 ("1e400", or 308 nines
// before "billion") is not a value: Values leaves it out, so every Number
// it gives is finite and its result always marshals to JSON. It is safe
// for concurrent use.
func Values(in string) []Value {
	return text.Values(in)
}
