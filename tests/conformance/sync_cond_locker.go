// sync.Cond's L is any sync.Locker: a *Mutex, an RWMutex's RLocker, or the program's
// own type; the L field can be read, compared and set, and a zero Cond works once L is set.
package main

import (
	"fmt"
	"sync"
	"time"
)

type countingLocker struct {
	mu             sync.Mutex
	locks, unlocks int
}

func (l *countingLocker) Lock()   { l.mu.Lock(); l.locks++ }
func (l *countingLocker) Unlock() { l.unlocks++; l.mu.Unlock() }

func main() {
	var mu sync.Mutex
	var l sync.Locker = &mu
	l.Lock()
	fmt.Println("TryLock while held:", mu.TryLock())
	l.Unlock()
	fmt.Printf("%T\n", l)

	var rw sync.RWMutex
	r := rw.RLocker()
	fmt.Printf("%T %v\n", r, r == rw.RLocker())
	r.Lock()
	r.Lock() // two readers at once
	fmt.Println("TryLock with readers:", rw.TryLock())
	r.Unlock()
	r.Unlock()
	fmt.Println("TryLock after:", rw.TryLock())
	rw.Unlock()

	cl := &countingLocker{}
	c := sync.NewCond(cl)
	fmt.Println(c.L == sync.Locker(cl))
	done := make(chan bool)
	started := false
	go func() {
		c.L.Lock()
		started = true
		c.Wait() // unlocks cl through the interface, and locks it again
		c.L.Unlock()
		done <- true
	}()
	for {
		c.L.Lock()
		if started { // then the goroutine is in Wait: it let go of L
			c.Broadcast()
			c.L.Unlock()
			break
		}
		c.L.Unlock()
		time.Sleep(time.Millisecond)
	}
	<-done
	fmt.Println("balanced:", cl.locks == cl.unlocks, cl.locks >= 3)

	var zero sync.Cond
	zero.L = &mu
	go func() {
		mu.Lock()
		zero.Signal()
		mu.Unlock()
	}()
	mu.Lock()
	zero.Wait()
	mu.Unlock()
	fmt.Println("zero Cond: ok")
}
