// Lesson: a WaitGroup passed by value. Each call gets a copy; main's counter never moves.
package main

import (
	"fmt"
	"sync"
	"time"
)

func dbCall(i int, wg sync.WaitGroup) {
	time.Sleep(time.Duration(100*i) * time.Millisecond)
	fmt.Println("call", i, "done")
	wg.Done() // counts down this call's own copy
}

func main() {
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go dbCall(i, wg)
	}
	wg.Wait()
	fmt.Println("all calls done")
}
