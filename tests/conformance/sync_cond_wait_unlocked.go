// Wait without holding L: Wait's L.Unlock is Go's fatal unlock of an unlocked mutex.
package main

import (
	"fmt"
	"sync"
)

func main() {
	c := sync.NewCond(&sync.Mutex{})
	fmt.Println("waiting")
	c.Wait()
}
