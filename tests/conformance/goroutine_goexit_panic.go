// A deferred call that panics while Goexit runs them: the panic ends the program.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	go func() {
		defer fmt.Println("first deferred call still runs")
		defer func() {
			panic("boom in a deferred call")
		}()
		runtime.Goexit()
	}()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("not reached")
}
