// Cond.Wait used as a method value, in a go statement and deferred: each takes its
// ticket when it runs, and Broadcast wakes them all.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	wait := c.Wait
	signal := c.Signal
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		mu.Lock()
		wait()
		mu.Unlock()
		fmt.Println("method value woke")
	}()
	time.Sleep(10 * time.Millisecond)
	go func() {
		defer wg.Done()
		defer mu.Unlock()
		mu.Lock()
		defer c.Wait()
		fmt.Println("deferred Wait pending")
	}()
	time.Sleep(10 * time.Millisecond)
	mu.Lock()
	signal()
	mu.Unlock()
	time.Sleep(10 * time.Millisecond)
	mu.Lock()
	c.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println("done")
}
