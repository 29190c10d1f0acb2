// Lesson: counting needs a processor. With GOMAXPROCS 1 the four counters take turns.
package main

import (
	"fmt"
	"sync"
)

var wg sync.WaitGroup
var sums = []int{0, 0, 0, 0}

func count(i int) {
	sum := 0
	for j := 0; j < 200000; j++ {
		sum += j % 7
	}
	sums[i] = sum
	wg.Done()
}

func main() {
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go count(i)
	}
	wg.Wait()
	fmt.Println("sums:", sums)
}
