// time.Month and time.Weekday are integers that print as names: their constants, String,
// verbs, values out of range, arithmetic, and use in switches and as map keys.
package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.January, time.December, time.Sunday, time.Saturday)
	fmt.Println(time.Month(0), time.Month(13), time.Month(-2), time.Weekday(-1), time.Weekday(7))
	fmt.Printf("%v %s %d %q %x %5v|%-9s|\n", time.May, time.May, time.May, time.May, time.May,
		time.May, time.Friday)
	m := time.October
	m++
	fmt.Println(m, m+1, m-time.Month(10), int(m), m.String(), time.Tuesday.String())
	days := map[time.Weekday]int{}
	for d := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC); d.Year() == 2024; d = d.AddDate(0, 0, 1) {
		days[d.Weekday()]++
	}
	fmt.Println(days)
	for _, month := range []time.Month{time.February, time.June, time.September} {
		switch month {
		case time.December, time.January, time.February:
			fmt.Println(month, "winter")
		case time.June, time.July, time.August:
			fmt.Println(month, "summer")
		default:
			fmt.Println(month, "other")
		}
	}
	var s fmt.Stringer = time.March
	fmt.Println(s.String(), s)
	fmt.Printf("%T %T\n", time.March, time.Monday)
}
