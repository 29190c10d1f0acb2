// sync.Cond.Signal wakes the waiters one at a time in the order they began to wait
// (Go's notify list is FIFO), and each Wait relocks L before it returns.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	var order []int
	done := make(chan bool)
	for i := 1; i <= 4; i++ {
		go func(id int) {
			mu.Lock()
			c.Wait()
			order = append(order, id)
			mu.Unlock()
			done <- true
		}(i)
		time.Sleep(10 * time.Millisecond) // goroutine i is parked in Wait before i+1 starts
	}
	for i := 0; i < 4; i++ {
		mu.Lock()
		c.Signal()
		mu.Unlock()
		<-done
	}
	fmt.Println(order)
	c.Signal() // nobody waits: a no-op
	c.Broadcast()
	fmt.Println("no waiters: ok")
}
