// A forgotten Done: Wait can never return, and Go reports a deadlock.
package main

import (
	"fmt"
	"sync"
	"time"
)

var wg sync.WaitGroup

func work(i int) {
	time.Sleep(time.Duration(i) * time.Millisecond)
	fmt.Println("worked", i)
}

func main() {
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go work(i * 10)
	}
	wg.Wait()
}
