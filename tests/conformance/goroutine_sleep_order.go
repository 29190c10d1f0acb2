// Goroutines that sleep different times wake in order of their delays. The delays are 100 ms
// apart: on real threads, under a sanitizer on a busy machine, 10 ms apart was seen to reorder.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var order []int
	for _, d := range []int{300, 100, 200} {
		wg.Add(1)
		go func(d int) {
			defer wg.Done()
			time.Sleep(time.Duration(d) * time.Millisecond)
			mu.Lock()
			order = append(order, d)
			mu.Unlock()
		}(d)
	}
	wg.Wait()
	fmt.Println(order)
}
