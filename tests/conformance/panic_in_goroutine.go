// A panic in any goroutine ends the whole program.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		panic("in goroutine")
	}()
	wg.Wait()
	fmt.Println("not reached")
}
