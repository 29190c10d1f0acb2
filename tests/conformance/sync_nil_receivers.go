// A method of a nil *sync.WaitGroup, *Mutex, *RWMutex, *Once, *Cond or atomic value is a
// nil pointer dereference, a runtime error that recover catches.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func try(name string, f func()) {
	defer func() {
		err := recover()
		_, isErr := err.(error)
		fmt.Println(name+":", err, isErr)
	}()
	f()
}

func main() {
	var wg *sync.WaitGroup
	var mu *sync.Mutex
	var rw *sync.RWMutex
	var once *sync.Once
	var c *sync.Cond
	var n *atomic.Int64
	var b *atomic.Bool
	try("Add", func() { wg.Add(1) })
	try("Wait", func() { wg.Wait() })
	try("Lock", func() { mu.Lock() })
	try("TryLock", func() { mu.TryLock() })
	try("RLock", func() { rw.RLock() })
	try("Do", func() { once.Do(func() {}) })
	try("Signal", func() { c.Signal() })
	try("Broadcast", func() { c.Broadcast() })
	try("Cond.Wait", func() { c.Wait() })
	try("atomic Add", func() { n.Add(1) })
	try("atomic Load", func() { b.Load() })
}
