// time.Now carries a monotonic reading: it prints as " m=+..." after the date, Sub, Since,
// Before and After use it, ticks from timers carry one too, and UTC, Round(0) and
// AddDate drop it (then == no longer holds, while Equal does).
package main

import (
	"fmt"
	"strings"
	"time"
)

func main() {
	start := time.Now()
	text := start.String()
	fmt.Println(strings.Contains(text, " +0000 UTC m=+"), strings.Count(text, "m="))
	fmt.Println(start.Year() >= 2023, start.IsZero())
	plain := start.Round(0)
	fmt.Println(strings.Contains(plain.String(), "m="), plain == start, plain.Equal(start))
	utc := start.UTC()
	fmt.Println(strings.Contains(utc.String(), "m="), utc == start, utc.Equal(start), start == start)
	later := start.Add(time.Hour)
	fmt.Println(strings.Contains(later.String(), "m=+3600."), later.Sub(start))
	fmt.Println(strings.Contains(start.AddDate(0, 0, 1).String(), "m="))

	time.Sleep(20 * time.Millisecond)
	elapsed := time.Since(start)
	fmt.Println(elapsed >= 20*time.Millisecond, elapsed < 10*time.Second)
	fmt.Println(time.Until(start) < 0, time.Now().After(start), start.Before(time.Now()))

	tick := <-time.After(10 * time.Millisecond)
	fmt.Println(tick.After(start), tick.Sub(start) >= 30*time.Millisecond,
		strings.Contains(fmt.Sprint(tick), "m=+"))
	timer := time.NewTimer(time.Millisecond)
	fired := <-timer.C
	fmt.Println(!fired.Before(tick), fired.Sub(start) < 10*time.Second)
}
