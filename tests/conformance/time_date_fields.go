// time.Date and the calendar fields of a time, in UTC: leap years, days of the week and
// of the year, fields out of range carrying into the next, and years before 1 and after
// 9999.
package main

import (
	"fmt"
	"time"
)

func show(t time.Time) {
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	fmt.Println(t, "|", y, m, d, h, mi, s, t.Nanosecond(), t.Weekday(), t.YearDay())
}

func main() {
	show(time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC))
	show(time.Date(2000, 2, 29, 12, 30, 45, 999999999, time.UTC))
	show(time.Date(1900, 3, 1, 0, 0, 0, 0, time.UTC))
	show(time.Date(2100, 12, 31, 23, 59, 59, 1, time.UTC))
	show(time.Date(2023, 2, 31, 25, 61, 61, 1e9+5, time.UTC))
	show(time.Date(2024, 0, 0, 0, 0, 0, 0, time.UTC))
	show(time.Date(2024, -14, -40, -3, -70, -5, -1, time.UTC))
	show(time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC))
	show(time.Date(1969, 12, 31, 23, 59, 59, 0, time.UTC))
	show(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC))
	show(time.Date(0, 3, 1, 0, 0, 0, 0, time.UTC))
	show(time.Date(-44, 3, 15, 12, 0, 0, 0, time.UTC))
	show(time.Date(12345, 6, 7, 8, 9, 10, 11, time.UTC))
	for year := 1896; year <= 1904; year += 4 {
		fmt.Print(time.Date(year, 12, 31, 0, 0, 0, 0, time.UTC).YearDay(), " ")
	}
	fmt.Println()

	t := time.Date(2021, 7, 4, 9, 8, 7, 6, time.UTC)
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second())
	fmt.Println(t.Unix(), t.UnixMilli(), t.UnixMicro(), t.UnixNano())
	fmt.Println(time.Unix(t.Unix(), 6).UTC().Equal(t), time.Unix(0, t.UnixNano()).UTC() == t)
	fmt.Println(time.Unix(0, 0).UTC(), time.Unix(-1, 0).UTC(), time.Unix(1, -1).UTC())
	fmt.Println(time.Unix(1e9, 2e9).UTC(), time.UnixMilli(-1).UTC(), time.UnixMicro(1700000000123456).UTC())
}
