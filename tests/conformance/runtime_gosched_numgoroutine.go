// runtime.Gosched lets another goroutine run (a spin on a flag ends even on one P), and
// runtime.NumGoroutine counts the goroutines alive: running, runnable or blocked.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

func main() {
	fmt.Println(runtime.NumGoroutine(), runtime.NumCPU() > 0, runtime.GOMAXPROCS(0) >= 1)
	var ready atomic.Bool
	go func() { ready.Store(true) }()
	spins := 0
	for !ready.Load() {
		runtime.Gosched()
		spins++
	}
	fmt.Println("ready after yielding", spins > 0 || spins == 0)

	block := make(chan struct{})
	started := make(chan struct{})
	for i := 0; i < 5; i++ {
		go func() {
			started <- struct{}{}
			<-block
		}()
	}
	for i := 0; i < 5; i++ {
		<-started
	}
	fmt.Println(runtime.NumGoroutine())
	close(block)
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println(runtime.NumGoroutine(), runtime.GOMAXPROCS(runtime.GOMAXPROCS(0)) >= 1)
}
