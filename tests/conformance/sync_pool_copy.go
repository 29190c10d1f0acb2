// A sync.Pool copied after use (go vet reports the copy; go build and go run do not): the
// copy shares the values the original holds, and a copy of an unused Pool shares nothing.
package main

import (
	"fmt"
	"sync"
)

type holder struct {
	pool sync.Pool
}

func main() {
	var p sync.Pool
	p.Put("first")
	q := p
	fmt.Println(q.Get(), p.Get())

	var unused sync.Pool
	r := unused
	r.Put("only in r")
	fmt.Println(unused.Get(), r.Get())

	h := holder{pool: sync.Pool{New: func() any { return "made by New" }}}
	h.pool.Put(1)
	fmt.Println(h.pool.Get(), h.pool.Get())
	hp := &h.pool
	hp.Put(2)
	fmt.Println(h.pool.Get())
}
