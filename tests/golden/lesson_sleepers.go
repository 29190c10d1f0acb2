// Lesson: sleeping needs no processor. Four sleepers take one second at any GOMAXPROCS.
package main

import (
	"fmt"
	"sync"
	"time"
)

var wg sync.WaitGroup

func sleeper(i int) {
	time.Sleep(time.Second)
	wg.Done()
}

func main() {
	t0 := time.Now()
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go sleeper(i)
	}
	wg.Wait()
	fmt.Println("four one-second sleeps took", time.Since(t0)/time.Second*time.Second)
}
