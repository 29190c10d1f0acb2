// sleepers_100k: 100,000 goroutines each sleep a random 0-1 s, then call
// wg.Done(). The time beyond the longest sleep is the runtime's overhead; the
// peak memory, divided by 100,000, bounds what a parked goroutine costs.
package main

import (
	"fmt"
	"math/rand"
	"sync"
	"time"
)

var wg sync.WaitGroup

func sleeper(d time.Duration) {
	time.Sleep(d)
	wg.Done()
}

func main() {
	for i := 0; i < 100000; i++ {
		wg.Add(1)
		go sleeper(time.Duration(rand.Intn(1000)) * time.Millisecond)
	}
	wg.Wait()
	fmt.Println("all 100000 woke up")
}
