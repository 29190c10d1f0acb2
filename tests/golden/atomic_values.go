// The typed atomic values of Go 1.19: counters shared by goroutines without a
// mutex, wrap-around at their width, Swap and CompareAndSwap.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

var hits atomic.Int64
var wg sync.WaitGroup

func count() {
	for i := 0; i < 1000; i++ {
		hits.Add(1)
	}
	wg.Done()
}

func main() {
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go count()
	}
	wg.Wait()
	fmt.Println("hits:", hits.Load())

	var small atomic.Int32
	small.Store(2147483647)
	fmt.Println("int32 wraps:", small.Add(1))
	var u atomic.Uint32
	fmt.Println("uint32 wraps:", u.Add(^uint32(0)))
	var big atomic.Uint64
	big.Store(7)
	fmt.Println("swap gives the old value:", big.Swap(9), big.Load())
	fmt.Println("CAS 8->10:", big.CompareAndSwap(8, 10), big.Load())
	fmt.Println("CAS 9->10:", big.CompareAndSwap(9, 10), big.Load())

	var ready atomic.Bool
	fmt.Println("bool starts:", ready.Load())
	fmt.Println("CAS false->true:", ready.CompareAndSwap(false, true))
	fmt.Println("swap to false gives:", ready.Swap(false), ready.Load())
	ready.Store(true)
	fmt.Println("stored:", ready.Load())
	var i64 atomic.Int64
	fmt.Println("int64 negative:", i64.Add(-5))
}
