// time.AfterFunc runs f in a goroutine of its own once the duration has passed; Stop
// before then prevents it (and reports that it did), Reset moves it.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	start := time.Now()
	var mu sync.Mutex
	var order []string
	note := func(s string) {
		mu.Lock()
		order = append(order, s)
		mu.Unlock()
		wg.Done()
	}
	time.AfterFunc(60*time.Millisecond, func() { note("second") })
	t := time.AfterFunc(20*time.Millisecond, func() { note("first") })
	stopped := time.AfterFunc(10*time.Millisecond, func() { note("never") })
	fmt.Println("stop before firing:", stopped.Stop(), stopped.Stop())
	fmt.Println("C of AfterFunc is nil:", t.C == nil)
	wg.Wait()
	fmt.Println(order, time.Since(start) >= 60*time.Millisecond)
	fmt.Println("stop after firing:", t.Stop())

	done := make(chan time.Duration)
	r := time.AfterFunc(time.Hour, func() { done <- time.Since(start) })
	r.Reset(10 * time.Millisecond)
	fmt.Println("reset fired:", <-done < time.Hour)
}
