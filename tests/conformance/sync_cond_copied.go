// A sync.Cond copied before its first use works; one copied after it panics when used, as
// Go's copy check says, and a deferred call can recover that.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	early := *c
	early.Signal()
	c.Signal()
	c.Broadcast()
	late := *c
	defer func() {
		r := recover()
		fmt.Printf("%T %v\n", r, r)
		late.Broadcast()
	}()
	late.Signal()
}
