// Normal mode: Unlock wakes the waiter, but main calls Lock again before it runs and takes
// the lock first (Go lets a running goroutine barge in).
package main

import (
	"fmt"
	"sync"
	"time"
)

var mu sync.Mutex
var order []string

func waiter(done chan bool) {
	mu.Lock()
	order = append(order, "waiter")
	mu.Unlock()
	done <- true
}

func main() {
	done := make(chan bool)
	mu.Lock()
	go waiter(done)
	time.Sleep(100 * time.Microsecond) // the waiter queues in Lock
	mu.Unlock()                        // wakes the waiter, which has not run yet...
	mu.Lock()                          // ...when main takes the lock again
	order = append(order, "main")
	mu.Unlock()
	<-done
	fmt.Println(order)
}
