// A writer waiting for an RWMutex keeps new readers out (Go's writer
// preference): the late reader gets in only after the writer is done, and the
// blocked readers all get in together when the writer unlocks.
package main

import (
	"fmt"
	"sync"
	"time"
)

var rw sync.RWMutex
var wg sync.WaitGroup
var shared int

func writer() {
	time.Sleep(10 * time.Millisecond)
	rw.Lock()
	fmt.Println("writer has the lock; readers inside: none")
	shared = 42
	time.Sleep(10 * time.Millisecond)
	rw.Unlock()
	wg.Done()
}

func lateReader(id int) {
	time.Sleep(20 * time.Millisecond)
	rw.RLock()
	time.Sleep(time.Duration(id) * time.Millisecond)
	fmt.Println("late reader", id, "sees", shared)
	time.Sleep(5 * time.Millisecond)
	rw.RUnlock()
	wg.Done()
}

func main() {
	rw.RLock()
	fmt.Println("TryLock while read-locked:", rw.TryLock())
	fmt.Println("TryRLock while read-locked:", rw.TryRLock())
	rw.RUnlock()
	wg.Add(3)
	go writer()
	go lateReader(1)
	go lateReader(2)
	time.Sleep(30 * time.Millisecond)
	fmt.Println("first reader leaves")
	rw.RUnlock()
	wg.Wait()
	fmt.Println("TryLock when free:", rw.TryLock())
	fmt.Println("TryRLock while write-locked:", rw.TryRLock())
	rw.Unlock()
}
