// Time.Format with the layout constants of package time and with layouts of our own:
// every element of the reference time, padding, fractions, and text that only looks like
// an element.
package main

import (
	"fmt"
	"time"
)

func main() {
	times := []time.Time{
		time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC),
		time.Date(2023, time.January, 2, 0, 0, 0, 0, time.UTC),
		time.Date(1999, time.December, 31, 12, 59, 9, 120000000, time.UTC),
		time.Date(7, time.March, 5, 1, 2, 3, 4000, time.UTC),
	}
	layouts := []string{
		time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z,
		time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano,
		time.Kitchen, time.Stamp, time.StampMilli, time.StampMicro, time.StampNano,
		"2006-01-02 15:04:05.000000000",
		"Jan January Mon Monday 1 01 2 _2 02 __2 002 15 3 03 4 04 5 05 2006 06 PM pm",
		"-0700 -07:00 -07 -070000 -07:00:00 Z0700 Z07:00 Z07 Z070000 Z07:00:00 MST",
		".0 .00 .000 .9 .99 .999 ,000 ,999 .999999999 .0000000000 05.9",
		"Janet Month Monkey _2006 _200 2006.0x 15:04:05.999x 1.5 .12",
		"day 002 of 2006, at 3:04pm",
		"",
		"no elements here",
	}
	for _, t := range times {
		for _, l := range layouts {
			fmt.Printf("%q\n", t.Format(l))
		}
	}
}
