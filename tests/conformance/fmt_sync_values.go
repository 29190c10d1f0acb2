// fmt prints sync and sync/atomic values with Go's own fields, for %v, %+v, %#v and %d,
// inside structs and slices, through pointers, and after Lock, RLock, Add and Do.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type counter struct {
	mu sync.Mutex
	n  int
}

type all struct {
	rw   sync.RWMutex
	wg   sync.WaitGroup
	once sync.Once
}

type numbers struct {
	A atomic.Int64
	B atomic.Int32
	C atomic.Bool
	D atomic.Uint32
	E atomic.Uint64
}

func main() {
	fmt.Println(struct {
		mu sync.Mutex
		n  int
	}{})
	var c counter
	fmt.Printf("%v|%+v|%d\n", c, c, c)
	var wg sync.WaitGroup
	fmt.Printf("%v|%+v|%#v\n", wg, wg, wg)
	var mu sync.Mutex
	fmt.Printf("%v|%+v|%#v|%s\n", mu, mu, mu, mu)
	fmt.Println(&mu, &wg, []sync.Mutex{{}, {}})
	var a all
	fmt.Printf("%v\n%+v\n", a, a)

	c.mu.Lock()
	fmt.Println(c)
	c.mu.Unlock()
	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	fmt.Println(rw)
	rw.RUnlock()
	rw.RUnlock()
	rw.Lock()
	fmt.Println(rw)
	rw.Unlock()
	wg.Add(2)
	fmt.Println(wg)
	wg.Done()
	wg.Done()
	var once sync.Once
	once.Do(func() {})
	fmt.Printf("%v %+v\n", once, once)

	var n numbers
	n.A.Store(5)
	n.B.Store(-2)
	n.C.Store(true)
	n.D.Store(7)
	n.E.Store(9)
	fmt.Printf("%v\n%+v\n%#v\n", n, n, n)
	var box interface{} = mu
	fmt.Printf("%v %T\n", box, box)
}
