// Lesson: lost updates. Five goroutines add 1 to a counter, without and with a Mutex.
package main

import (
	"fmt"
	"sync"
	"time"
)

var wg sync.WaitGroup
var mu sync.Mutex
var unguarded = 0
var guarded = 0

// addUnguarded does counter++ in its three steps, with slow work between the
// read and the write: every other goroutine reads the same old value meanwhile.
func addUnguarded() {
	v := unguarded
	time.Sleep(100 * time.Millisecond)
	unguarded = v + 1
	wg.Done()
}

// addGuarded holds the Mutex from the read to the write: one goroutine at a time.
func addGuarded() {
	mu.Lock()
	v := guarded
	time.Sleep(100 * time.Millisecond)
	guarded = v + 1
	mu.Unlock()
	wg.Done()
}

func main() {
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go addUnguarded()
	}
	wg.Wait()
	fmt.Println("without a Mutex:", unguarded, "of 5 updates kept")

	for i := 0; i < 5; i++ {
		wg.Add(1)
		go addGuarded()
	}
	wg.Wait()
	fmt.Println("with a Mutex:   ", guarded, "of 5 updates kept")
}
