// Unlocking an unlocked mutex is a fatal error.
package main

import "sync"

func main() {
	var mu sync.Mutex
	mu.Unlock()
}
