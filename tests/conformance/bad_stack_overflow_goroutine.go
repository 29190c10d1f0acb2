// Endless recursion in a goroutine other than main.
package main

import "sync"

func loop(s []int) int {
	return loop(append(s, len(s))[:1]) + 1
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		loop(nil)
	}()
	wg.Wait()
}
