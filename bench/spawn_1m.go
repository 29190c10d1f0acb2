// spawn_1m: 1,000,000 goroutines that do nothing but finish.
package main

import (
	"fmt"
	"sync"
)

var wg sync.WaitGroup

func nothing() {
	wg.Done()
}

func main() {
	for i := 0; i < 1000000; i++ {
		wg.Add(1)
		go nothing()
	}
	wg.Wait()
	fmt.Println("1000000 goroutines done")
}
