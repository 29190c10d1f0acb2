// A struct that embeds a library type gets its methods, the natives too: an embedded
// time.Time makes it a Stringer, an embedded Builder's WriteString and a WaitGroup's Wait
// work through interfaces.
package main

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

type Event struct {
	time.Time
	Name string
}

type Doc struct {
	strings.Builder
	n int
}

type Group struct {
	sync.WaitGroup
}

type waiter interface{ Wait() }

func main() {
	e := Event{time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC), "x"}
	fmt.Println(e)
	fmt.Printf("%v|%+v|%s\n", e, e, e)
	var s fmt.Stringer = e
	fmt.Println(s.String(), e.Year())
	d := &Doc{}
	d.WriteString("hi")
	var sw interface{ WriteString(string) (int, error) } = d
	sw.WriteString(" there")
	fmt.Println(d.String(), d)
	g := &Group{}
	g.Add(1)
	go g.Done()
	var w waiter = g
	w.Wait()
	fmt.Println("waited")
}
