// sync.Pool shared by many goroutines: every Get returns a value New made or one put before,
// and New runs only when the Pool has none to give.
package main

import (
	"fmt"
	"sync"
)

// Only the goroutine that took a buffer from the Pool touches it until it puts it back.
type buffer struct {
	data [64]byte
	uses int
}

func main() {
	var mu sync.Mutex
	made := 0
	pool := sync.Pool{New: func() any {
		mu.Lock()
		made++
		mu.Unlock()
		return new(buffer)
	}}
	var wg sync.WaitGroup
	var used sync.Map
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				b := pool.Get().(*buffer)
				used.Store(b, true)
				b.uses++
				pool.Put(b)
			}
		}()
	}
	wg.Wait()
	distinct := 0
	total := 0
	used.Range(func(k, v any) bool {
		distinct++
		total += k.(*buffer).uses
		return true
	})
	mu.Lock()
	fmt.Println(made == distinct, made >= 1, made <= 20, total)
	mu.Unlock()
}
