// select waits for whichever is ready first: a slow result or a timeout.
package main

import (
	"fmt"
	"time"
)

func slow(d time.Duration, out chan string) {
	time.Sleep(d)
	out <- fmt.Sprint("finished after ", d)
}

func main() {
	fast := make(chan string, 1)
	late := make(chan string, 1)
	go slow(50*time.Millisecond, fast)
	go slow(500*time.Millisecond, late)
	for i := 0; i < 2; i++ {
		select {
		case r := <-fast:
			fmt.Println("fast:", r)
		case r := <-late:
			fmt.Println("late:", r)
		case <-time.After(200 * time.Millisecond):
			fmt.Println("timeout")
		}
	}
	select {
	case r := <-late:
		fmt.Println("unexpected", r)
	default:
		fmt.Println("nothing ready yet")
	}
}
