// Lesson: capturing the loop variable. Go 1.19 has one i for the whole loop.
package main

import (
	"fmt"
	"sync"
	"time"
)

var wg sync.WaitGroup

// show prints the copy of i it was given when its go statement ran.
func show(n int) {
	time.Sleep(time.Duration(n) * 100 * time.Millisecond)
	fmt.Println("own copy of i:", n)
	wg.Done()
}

func main() {
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

	// An argument is evaluated at the go statement: each call gets its own copy.
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go show(i)
	}
	wg.Wait()
}
