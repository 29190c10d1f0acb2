// sleepers: 10,000 goroutines parked on timers at once, then woken in order.
package main

import (
	"fmt"
	"sync"
	"time"
)

var wg sync.WaitGroup

func nap(i int) {
	time.Sleep(time.Duration(i%100) * time.Millisecond)
	wg.Done()
}

func main() {
	t0 := time.Now()
	for i := 0; i < 10000; i++ {
		wg.Add(1)
		go nap(i)
	}
	wg.Wait()
	fmt.Println(time.Since(t0) < 2*time.Second)
}
