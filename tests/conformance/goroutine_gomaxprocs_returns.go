// runtime.GOMAXPROCS(n) returns the setting before the call and, for n >= 1, changes it while
// the program runs: n < 1 changes nothing, every goroutine sees the new setting, NumCPU stays
// as it was, and a count past the machine's cores is kept as asked. Go keeps the count as an
// int32: 1<<32 + 5 asks for 5, and 1<<32 changes nothing.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	cpus := runtime.NumCPU()
	runtime.GOMAXPROCS(3) // what it returns depends on the machine
	fmt.Println(runtime.GOMAXPROCS(0))
	fmt.Println(runtime.GOMAXPROCS(1))
	fmt.Println(runtime.GOMAXPROCS(-2), runtime.GOMAXPROCS(0))
	fmt.Println(runtime.GOMAXPROCS(1))
	fmt.Println(runtime.GOMAXPROCS(6))
	fmt.Println(runtime.GOMAXPROCS(40), runtime.GOMAXPROCS(0))
	fmt.Println(runtime.NumCPU() == cpus)

	var wg sync.WaitGroup
	seen := make([]int, 4)
	for i := range seen {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			seen[i] = runtime.GOMAXPROCS(0)
		}(i)
	}
	wg.Wait()
	fmt.Println(seen)

	done := make(chan int)
	go func() {
		done <- runtime.GOMAXPROCS(2)
	}()
	fmt.Println(<-done, runtime.GOMAXPROCS(0))

	fmt.Println(runtime.GOMAXPROCS(1<<32+5), runtime.GOMAXPROCS(0))
	fmt.Println(runtime.GOMAXPROCS(1<<32), runtime.GOMAXPROCS(0))
	fmt.Println(runtime.NumCPU() == cpus)
}
