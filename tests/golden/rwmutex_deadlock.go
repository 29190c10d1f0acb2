// A read lock held while asking for the write lock: the writer waits for
// itself, and Go reports the deadlock.
package main

import (
	"fmt"
	"sync"
)

var rw sync.RWMutex

func main() {
	rw.RLock()
	fmt.Println("reading; now asking to write")
	rw.Lock()
}
