// Lesson: Done called twice for one Add. Wait returns one call too early, and
// when the last call says Done the counter goes below zero: Go panics.
// golden: not-from-go: Go numbers the panicking goroutine after its own runtime
// goroutines (8, 20, ... from run to run), so .errprefix stops before that line;
// .out and .code were written by regen from Go 1.19 and kept as they were.
package main

import (
	"fmt"
	"sync"
	"time"
)

var wg sync.WaitGroup

func dbCall(i int) {
	time.Sleep(time.Duration(100*i) * time.Millisecond)
	fmt.Println("call", i, "done")
	wg.Done()
	if i == 1 {
		wg.Done() // one Done too many
	}
}

func main() {
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go dbCall(i)
	}
	wg.Wait()
	fmt.Println("Wait returned")
	time.Sleep(500 * time.Millisecond) // main still has work to do
	fmt.Println("main finished")
}
