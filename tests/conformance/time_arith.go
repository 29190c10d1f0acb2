// Adding to times and comparing them: Add, Sub (saturated at the ends of Duration),
// AddDate's normalisation, Before, After, Equal and ==, Truncate and Round, and times as
// map keys, struct fields and interface values.
package main

import (
	"fmt"
	"time"
)

type Meeting struct {
	Title string
	Start time.Time
}

func main() {
	t := time.Date(2024, time.January, 31, 22, 30, 0, 500, time.UTC)
	u := t.Add(90 * time.Minute)
	fmt.Println(u, u.Sub(t), t.Sub(u), u.After(t), u.Before(t), t.Equal(t.Add(0)))
	fmt.Println(t.Add(-time.Nanosecond*501), t.Add(1<<62))
	fmt.Println(t.AddDate(0, 1, 0), t.AddDate(1, -13, 1), t.AddDate(0, 0, -31))
	far := time.Date(2500, 1, 1, 0, 0, 0, 0, time.UTC)
	past := time.Date(1500, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(far.Sub(past), past.Sub(far), far.Sub(far))
	fmt.Println(int64(far.Sub(past)), int64(past.Sub(far)))

	for _, d := range []time.Duration{0, -time.Second, time.Nanosecond, 7 * time.Millisecond,
		time.Second, 45 * time.Minute, time.Hour, 24 * time.Hour, 7 * 24 * time.Hour} {
		fmt.Println(d, t.Truncate(d), t.Round(d))
	}

	var zero time.Time
	fmt.Println(zero, zero.IsZero(), zero == time.Time{}, zero.Add(time.Second).IsZero())
	fmt.Println(zero.Unix(), zero.Weekday(), zero.YearDay())
	a := time.Date(2020, 5, 17, 8, 0, 0, 0, time.UTC)
	b := time.Unix(a.Unix(), 0).UTC()
	fmt.Println(a == b, a.Equal(b), a != t)

	seen := map[time.Time]int{}
	for i := 0; i < 5; i++ {
		day := a.AddDate(0, 0, i%3)
		seen[day]++
	}
	fmt.Println(len(seen), seen[a], seen[a.AddDate(0, 0, 1)], seen[zero])

	m := Meeting{"standup", a}
	var x interface{} = m.Start
	fmt.Println(m)
	fmt.Printf("%v|%+v|%s|%q|%T\n", m, m, a, a, x)
	fmt.Println(x == interface{}(b), x)
	var empty interface{} = zero
	fmt.Println(empty == nil, empty)
	fmt.Printf("[%40v]\n[%-40s]\n", a, a)
}
