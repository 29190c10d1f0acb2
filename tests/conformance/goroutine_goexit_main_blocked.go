// runtime.Goexit in main while another goroutine waits for ever: Go's usual deadlock, which
// lists the goroutine that waits.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	c := make(chan int)
	go func() {
		fmt.Println("waiting")
		<-c
	}()
	runtime.Goexit()
}
