// timer_lateness: 10,000 goroutines sleep a random 0-500 ms and measure how
// late they woke. It prints whether the 99th percentile of the lateness is
// under 2 ms (at most 100 of the 10,000 later than that), and, on a "metric:"
// line that the benchmark reports instead of comparing, the counts.
package main

import (
	"fmt"
	"math/rand"
	"sync"
	"time"
)

var mu sync.Mutex
var wg sync.WaitGroup
var over2ms int
var worst time.Duration

func sleeper(d time.Duration) {
	start := time.Now()
	time.Sleep(d)
	late := time.Since(start) - d
	mu.Lock()
	if late > 2*time.Millisecond {
		over2ms++
	}
	if late > worst {
		worst = late
	}
	mu.Unlock()
	wg.Done()
}

func main() {
	for i := 0; i < 10000; i++ {
		wg.Add(1)
		go sleeper(time.Duration(rand.Intn(500000)) * time.Microsecond)
	}
	wg.Wait()
	fmt.Println("p99 lateness under 2ms:", over2ms <= 100)
	fmt.Println("metric: late over 2ms:", over2ms, "of 10000; worst:", worst.Milliseconds(), "ms")
}
