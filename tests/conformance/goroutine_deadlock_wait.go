// Waiting on a WaitGroup that never reaches zero is a deadlock.
package main

import "sync"

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	wg.Wait()
}
