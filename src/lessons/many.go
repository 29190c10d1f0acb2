// Lesson: ten thousand goroutines. Each one costs a few hundred bytes, not a thread.
package main

import (
	"fmt"
	"math/rand"
	"sync"
	"time"
)

var wg sync.WaitGroup

func call(i int) {
	time.Sleep(time.Duration(rand.Intn(2000)) * time.Millisecond)
	wg.Done()
}

func main() {
	for i := 0; i < 10000; i++ {
		wg.Add(1)
		go call(i)
	}
	wg.Wait()
	fmt.Println("all 10000 calls finished")
}
