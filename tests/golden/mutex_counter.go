// A counter shared by 50 goroutines stays right when a Mutex guards it.
package main

import (
	"fmt"
	"sync"
)

var mu sync.Mutex
var wg sync.WaitGroup
var counter = 0

func add(times int) {
	for i := 0; i < times; i++ {
		mu.Lock()
		counter++
		mu.Unlock()
	}
	wg.Done()
}

func main() {
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go add(1000)
	}
	wg.Wait()
	fmt.Println("counter:", counter)
}
