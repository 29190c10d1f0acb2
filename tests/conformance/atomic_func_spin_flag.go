// A flag set with atomic.StoreInt32 and polled with atomic.LoadInt32 hands work across
// goroutines; CompareAndSwap lets exactly one of many claim a slot.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	var ready int32
	var claimed int32
	var winners int64
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for atomic.LoadInt32(&ready) == 0 {
				time.Sleep(time.Millisecond)
			}
			if atomic.CompareAndSwapInt32(&claimed, 0, 1) {
				atomic.AddInt64(&winners, 1)
			}
		}()
	}
	time.Sleep(5 * time.Millisecond)
	atomic.StoreInt32(&ready, 1)
	wg.Wait()
	fmt.Println("winners:", winners, "claimed:", claimed)
}
