// A sync.Cond prints with Go's fields; its notify list counts the tickets Wait takes and
// Signal hands out.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var c sync.Cond
	fmt.Println(c)
	fmt.Printf("%+v\n", c)
	var mu sync.Mutex
	c.L = &mu
	go func() {
		mu.Lock()
		c.Signal()
		mu.Unlock()
	}()
	mu.Lock()
	c.Wait()
	mu.Unlock()
	c.L = nil
	fmt.Printf("%+v\n", c.L)
}
