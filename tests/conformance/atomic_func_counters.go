// The sync/atomic functions on pointers: 100 goroutines each add 1000, and every form
// (Add, Load, Store, Swap, CompareAndSwap) on each width, with wrap-around.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type stats struct {
	hits  int64
	flags uint32
}

var global int32

func main() {
	var n int64
	var s stats
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 1000; j++ {
				atomic.AddInt64(&n, 1)
				atomic.AddInt64(&s.hits, 2)
				atomic.AddInt32(&global, -1)
			}
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&n), s.hits, atomic.LoadInt32(&global))

	var u32 uint32 = 4294967290
	fmt.Println(atomic.AddUint32(&u32, 10), u32)
	fmt.Println(atomic.AddUint32(&u32, ^uint32(0)))
	var i32 int32 = 2147483647
	fmt.Println(atomic.AddInt32(&i32, 1))
	var u64 uint64
	fmt.Println(atomic.AddUint64(&u64, ^uint64(0)))
	fmt.Println(atomic.SwapUint64(&u64, 7), u64)
	fmt.Println(atomic.CompareAndSwapUint64(&u64, 6, 1), atomic.CompareAndSwapUint64(&u64, 7, 1), u64)
	atomic.StoreUint32(&s.flags, 3)
	fmt.Println(atomic.LoadUint32(&s.flags), atomic.SwapInt32(&global, 5), global)
	fmt.Println(atomic.CompareAndSwapInt32(&global, 5, -5), atomic.LoadInt32(&global))
	arr := []int64{1, 2, 3}
	atomic.StoreInt64(&arr[1], 20)
	fmt.Println(atomic.SwapInt64(&arr[2], 30), arr)
	p := new(uint64)
	atomic.StoreUint64(p, 1<<63)
	fmt.Println(atomic.LoadUint64(p), atomic.CompareAndSwapInt64(&arr[0], 1, 10), arr[0])
}
