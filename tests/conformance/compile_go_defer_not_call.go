// go and defer need a call: Go's parser reports a missing call (at the selector's dot) or
// parentheses, and type checking still goes on, so those errors come first among the ten.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	x := 1
	go x
	defer (x)
	go wg.Wait
	defer wg.Done
	go func(n int) {
		fmt.Println(n)
	}
	var a, b, c, d, e, f, g int
}
