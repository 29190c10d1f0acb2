// A sort.Slice less function that blocks only now and then (a channel every 97th call) among
// thousands that do not: the sort comes out as Go's, ties in Go's order, and every call is
// counted once.
package main

import (
	"fmt"
	"sort"
)

type item struct{ key, id int }

func main() {
	tick := make(chan int)
	go func() {
		for i := 0; ; i++ {
			tick <- i
		}
	}()
	items := make([]item, 3000)
	x := 7
	for i := range items {
		x = (x*1103515245 + 12345) % 2147483648
		items[i] = item{x % 50, i}
	}
	calls, ticks := 0, 0
	sort.Slice(items, func(i, j int) bool {
		calls++
		if calls%97 == 0 {
			ticks += <-tick - ticks + 1
		}
		return items[i].key < items[j].key
	})
	fmt.Println(calls, ticks, calls/97)
	for i := 0; i < len(items); i += 250 {
		fmt.Print(items[i], " ")
	}
	fmt.Println()

	calls = 0
	sort.SliceStable(items, func(i, j int) bool {
		calls++
		if calls%89 == 0 {
			<-tick
		}
		return items[i].id%7 < items[j].id%7
	})
	fmt.Println(calls)
	for i := 0; i < len(items); i += 250 {
		fmt.Print(items[i], " ")
	}
	fmt.Println()
}
