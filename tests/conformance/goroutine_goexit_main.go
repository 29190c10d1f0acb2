// runtime.Goexit in main: main's deferred calls run, the other goroutines go on, and when
// none is left Go ends the program as a deadlock with its own message.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	go func() {
		time.Sleep(20 * time.Millisecond)
		fmt.Println("worker still runs after main's Goexit")
	}()
	defer fmt.Println("main's deferred call")
	defer func() { fmt.Println("recover in main's defer:", recover()) }()
	runtime.Goexit()
	fmt.Println("not reached")
}
