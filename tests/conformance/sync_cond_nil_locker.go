// Wait on a Cond whose L is nil panics with a nil pointer dereference when Wait
// unlocks L, as in Go.
package main

import (
	"fmt"
	"sync"
)

func main() {
	c := sync.NewCond(nil)
	fmt.Println(c.L == nil)
	c.Wait()
}
