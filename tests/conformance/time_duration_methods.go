// Duration's methods: Hours, Minutes, Seconds, Milliseconds, Microseconds, Nanoseconds,
// Round, Truncate and Abs, at the edges too.
package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, -1, 1500 * time.Microsecond, 90 * time.Minute,
		-3*time.Hour - 1, 1234567891, math.MaxInt64, math.MinInt64}
	for _, d := range ds {
		fmt.Println(d, d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(),
			d.Nanoseconds(), d.Abs())
	}
	ms := []time.Duration{0, -1, time.Microsecond, time.Millisecond, time.Second, time.Hour,
		7 * time.Second}
	for _, d := range ds {
		for _, m := range ms {
			fmt.Print(d.Round(m), " ", d.Truncate(m), "; ")
		}
		fmt.Println()
	}
}
