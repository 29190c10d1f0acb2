// The function given to Once.Do can defer, return early and call Do on another Once.
package main

import (
	"fmt"
	"sync"
)

var a, b sync.Once

func setup(n int) {
	defer fmt.Println("setup deferred", n)
	if n > 1 {
		return
	}
	b.Do(func() { fmt.Println("inner once") })
	fmt.Println("setup body", n)
}

func main() {
	for i := 1; i <= 3; i++ {
		a.Do(func() { setup(i) })
		b.Do(func() { fmt.Println("never") })
	}
	fmt.Println("end")
}
