// Starvation mode: a waiter that lost the lock after waiting over 1 ms gets it handed by the
// next Unlock, and main's Lock right after queues behind it. The sleeps are far longer than
// the 1 ms threshold so that a busy machine still lets the waiter queue and lose in time.
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
	time.Sleep(50 * time.Millisecond) // the waiter queues in Lock
	mu.Unlock()
	mu.Lock() // takes the lock before the woken waiter runs
	order = append(order, "main1")
	time.Sleep(50 * time.Millisecond) // the waiter loses after 50 ms of waiting: starvation
	mu.Unlock()                       // hands the lock to the waiter
	mu.Lock()                         // so main queues behind it
	order = append(order, "main2")
	mu.Unlock()
	<-done
	fmt.Println(order)
}
