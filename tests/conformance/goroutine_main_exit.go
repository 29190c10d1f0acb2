// When main returns, the program ends without waiting for goroutines.
package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		time.Sleep(time.Second)
		fmt.Println("never printed")
	}()
	fmt.Println("main done")
}
