// runtime.Goexit: the deferred calls of every frame run, newest first, recover returns nil in
// them, nothing after the call runs, and the goroutine ends as if it returned.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func inner(log *[]string) {
	defer func() {
		r := recover()
		*log = append(*log, fmt.Sprint("inner deferred, recover: ", r))
	}()
	defer func() { *log = append(*log, "inner second defer runs first") }()
	runtime.Goexit()
	*log = append(*log, "after Goexit: never")
}

func middle(log *[]string) (result int) {
	defer func() {
		result = 42
		*log = append(*log, fmt.Sprint("middle deferred, recover: ", recover()))
	}()
	inner(log)
	*log = append(*log, "after inner: never")
	return 1
}

func main() {
	var wg sync.WaitGroup
	var log []string
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() { log = append(log, "goroutine's own defer") }()
		middle(&log)
		log = append(log, "after middle: never")
	}()
	wg.Wait()
	for _, line := range log {
		fmt.Println(line)
	}

	// Goexit ends only its goroutine: the others, and main, go on.
	results := make(chan string)
	for i := 0; i < 3; i++ {
		go func(i int) {
			defer func() { results <- fmt.Sprint("worker ", i, " ended") }()
			if i == 1 {
				runtime.Goexit()
			}
		}(i)
	}
	seen := map[string]bool{}
	for i := 0; i < 3; i++ {
		seen[<-results] = true
	}
	fmt.Println(len(seen), seen["worker 1 ended"])
}
