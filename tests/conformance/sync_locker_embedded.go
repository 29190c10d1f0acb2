// A struct that embeds sync.Mutex (or *sync.RWMutex) has its Lock and Unlock: it is a
// sync.Locker, usable through the interface and as a Cond's L.
package main

import (
	"fmt"
	"sync"
)

type counter struct {
	sync.Mutex
	n int
}

type guarded struct {
	*sync.RWMutex
	name string
}

func bump(l sync.Locker, n *int) {
	l.Lock()
	*n++
	l.Unlock()
}

func main() {
	c := &counter{}
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			bump(c, &c.n)
		}()
	}
	wg.Wait()
	fmt.Println(c.n, c.TryLock())
	c.Unlock()

	g := guarded{&sync.RWMutex{}, "g"}
	var l sync.Locker = g
	l.Lock()
	fmt.Println(g.TryRLock())
	l.Unlock()
	fmt.Println(g.TryRLock())
	g.RUnlock()

	cond := sync.NewCond(c)
	ready := false
	go func() {
		c.Lock()
		ready = true
		c.Unlock()
		cond.Signal()
	}()
	c.Lock()
	for !ready {
		cond.Wait()
	}
	c.Unlock()
	fmt.Println("ready")
}
