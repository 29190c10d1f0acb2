// spawn: 100,000 goroutines started and waited for, the scheduler's fast path.
package main

import (
	"fmt"
	"sync"
)

var wg sync.WaitGroup
var done = []int{0}

func work(i int) {
	wg.Done()
}

func main() {
	for i := 0; i < 100000; i++ {
		wg.Add(1)
		go work(i)
	}
	wg.Wait()
	fmt.Println("all done")
}
