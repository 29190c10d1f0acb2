// Unlocking a Mutex that is not locked is a fatal error.
package main

import (
	"fmt"
	"sync"
)

var mu sync.Mutex

func main() {
	fmt.Println("about to unlock")
	mu.Unlock()
}
