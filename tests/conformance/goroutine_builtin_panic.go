// `go panic(v)` panics in the new goroutine, which ends the whole program.
package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println("start")
	go panic(fmt.Errorf("from goroutine %d", 2))
	time.Sleep(time.Second)
	fmt.Println("not reached")
}
