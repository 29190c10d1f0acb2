// Done more often than Add panics.
package main

import "sync"

func main() {
	var wg sync.WaitGroup
	wg.Done()
}
