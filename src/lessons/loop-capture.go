// Lesson: capturing the loop variable. Go 1.19 has one i for the whole loop.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup

	// Each func literal uses the loop's own i, which the loop goes on changing.
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func() {
			time.Sleep(100 * time.Millisecond) // by now the loop has ended: i is 4
			fmt.Println("shared i:", i)
			wg.Done()
		}()
	}
	wg.Wait()

	// Passing i as an argument gives each goroutine a copy, n, taken at the go statement.
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func(n int) {
			time.Sleep(time.Duration(n) * 100 * time.Millisecond)
			fmt.Println("own copy of i:", n)
			wg.Done()
		}(i)
	}
	wg.Wait()
}
