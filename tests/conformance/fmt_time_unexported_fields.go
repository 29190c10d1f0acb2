// A time.Time, Duration, Month or Weekday in a struct: fmt calls String (and %#v GoString)
// for an exported field, but reaches an unexported one only as data, so a time prints as
// its own {wall ext loc} fields and a Duration as its number, with every verb.
package main

import (
	"fmt"
	"time"
)

type event struct {
	At   time.Time
	at   time.Time
	Took time.Duration
	took time.Duration
	M    time.Month
	m    time.Month
	W    time.Weekday
	w    time.Weekday
}

type inner struct {
	when time.Time
	Span []time.Duration
	span []time.Duration
}

func main() {
	a := time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC)
	b := time.Unix(1700000000, 5).UTC()
	e := event{a, b, 1500 * time.Millisecond, 1500 * time.Millisecond, 3, 3, 2, 2}
	fmt.Println(e)
	fmt.Printf("%v\n%+v\n%d\n%x\n%#v\n", e, e, e, e, e)
	fmt.Println(event{}, &e)
	fmt.Printf("%+v\n", []event{{at: a.Add(90 * time.Minute)}, {at: a.AddDate(0, 0, -1).Truncate(time.Hour)}})
	in := inner{b, []time.Duration{time.Second, 2}, []time.Duration{time.Second, 2}}
	fmt.Printf("%v\n%+v\n%#v\n", in, in, in)
	fmt.Println(map[string]inner{"k": {when: a}})
	fmt.Printf("%d %v %#v\n", a, a, a)
	fmt.Printf("%#v %#v\n", b, time.Time{})
	fmt.Printf("%v|%+v\n", struct{ t time.Time }{}, struct{ d time.Duration }{-3})
}
