// go and defer statements of fmt's printing functions run them as compiled functions, whose
// String methods may block like any others.
package main

import (
	"fmt"
	"sync"
	"time"
)

type C struct {
	mu sync.Mutex
	n  int
}

func (c *C) String() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return fmt.Sprint("n=", c.n)
}

func main() {
	c := &C{}
	c.mu.Lock()
	go fmt.Println("go:", c)
	go func() {
		time.Sleep(10 * time.Millisecond)
		c.n = 4
		c.mu.Unlock()
	}()
	time.Sleep(30 * time.Millisecond)
	c.mu.Lock()
	defer fmt.Printf("deferred %v\n", c)
	go func() {
		time.Sleep(10 * time.Millisecond)
		c.n = 5
		c.mu.Unlock()
	}()
	fmt.Println("main ends")
	time.Sleep(20 * time.Millisecond)
}
