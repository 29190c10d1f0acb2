// sync.Once runs its function once, however many goroutines call Do, and every Do returns
// only after that one call has finished.
package main

import (
	"fmt"
	"sync"
	"time"
)

var once sync.Once
var config map[string]int

func load() {
	time.Sleep(10 * time.Millisecond) // the other callers must wait for this
	config = map[string]int{"workers": 4}
	fmt.Println("loaded")
}

func main() {
	var wg sync.WaitGroup
	results := make([]int, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			once.Do(load)
			results[i] = config["workers"]
		}(i)
	}
	wg.Wait()
	fmt.Println(results)
	count := 0
	var local sync.Once
	for i := 0; i < 3; i++ {
		local.Do(func() { count++ })
	}
	fmt.Println("count", count)
	type holder struct {
		name string
		init sync.Once
	}
	h := &holder{name: "h"}
	h.init.Do(func() { fmt.Println("field once", h.name) })
	h.init.Do(func() { fmt.Println("not again") })
}
