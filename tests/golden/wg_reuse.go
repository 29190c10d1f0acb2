// A WaitGroup used again (Add) before the goroutine released by Wait has
// returned from it: Go panics in that Wait. The worker sleeps first so that
// main is surely inside Wait when Done releases it.
package main

import (
	"fmt"
	"sync"
	"time"
)

var wg sync.WaitGroup

func worker() {
	time.Sleep(10 * time.Millisecond)
	wg.Done()
	wg.Add(1)
}

func main() {
	wg.Add(1)
	go worker()
	fmt.Println("waiting")
	wg.Wait()
	fmt.Println("not reached")
}
