// mutex_8way: 8 goroutines contend on one Mutex for 1,000,000 increments.
package main

import (
	"fmt"
	"sync"
)

var mu sync.Mutex
var wg sync.WaitGroup
var counter int

func add(n int) {
	for i := 0; i < n; i++ {
		mu.Lock()
		counter++
		mu.Unlock()
	}
	wg.Done()
}

func main() {
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go add(125000)
	}
	wg.Wait()
	fmt.Println("counter:", counter)
}
