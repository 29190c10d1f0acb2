// Waiting on a sync.Cond that nobody signals is a deadlock; Go's dump names the
// wait reason sync.Cond.Wait.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	mu.Lock()
	fmt.Println("waiting")
	c.Wait()
}
