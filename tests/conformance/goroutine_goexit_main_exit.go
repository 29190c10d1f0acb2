// runtime.Goexit in main, then os.Exit in another goroutine: the program ends with its code.
package main

import (
	"fmt"
	"os"
	"runtime"
	"time"
)

func main() {
	go func() {
		time.Sleep(10 * time.Millisecond)
		fmt.Println("exiting from a worker")
		os.Exit(3)
	}()
	runtime.Goexit()
}
