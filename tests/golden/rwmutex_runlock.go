// RUnlock without a matching RLock is a fatal error.
package main

import (
	"fmt"
	"sync"
)

var rw sync.RWMutex

func main() {
	rw.RLock()
	rw.RUnlock()
	fmt.Println("one read lock released")
	rw.RUnlock()
}
