// Unlock of an RWMutex that no writer holds is a fatal error, even while readers hold it.
package main

import (
	"fmt"
	"sync"
)

var rw sync.RWMutex

func main() {
	rw.RLock()
	fmt.Println("reading")
	rw.Unlock()
}
