// An atomic function on a nil pointer is a nil dereference.
package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var p *int64
	fmt.Println("before")
	atomic.AddInt64(p, 1)
}
