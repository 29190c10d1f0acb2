// time.After gives a timeout case.
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	select {
	case <-ch:
		fmt.Println("value")
	case <-time.After(50 * time.Millisecond):
		fmt.Println("timeout")
	}
}
