// runtime.GOMAXPROCS(1) at the top of main, as lessons write it to show that concurrency is
// not parallelism: from the call on one P runs everything, so two goroutines that yield
// after each line take turns in Go's order (the last one started runs first, then each
// yield sends a goroutine to the back of the global queue), the same on every run.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	runtime.GOMAXPROCS(1)
	var wg sync.WaitGroup
	for _, name := range []string{"a", "b", "c"} {
		wg.Add(1)
		go func(name string) {
			defer wg.Done()
			for i := 0; i < 3; i++ {
				fmt.Println(name, i)
				runtime.Gosched()
			}
		}(name)
	}
	wg.Wait()
	fmt.Println("GOMAXPROCS", runtime.GOMAXPROCS(0))
}
