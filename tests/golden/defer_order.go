// defer_order: deferred calls run last-in first-out when the function returns, with the
// arguments they had at the defer statement; library calls and built-ins can be deferred.
package main

import (
	"fmt"
	"sync"
)

var wg sync.WaitGroup
var mu sync.Mutex
var total int

func show(tag string, n int) {
	fmt.Println("deferred", tag, n)
}

func loop() {
	for i := 0; i < 3; i++ {
		defer show("loop", i)
	}
	fmt.Println("loop body done")
}

func early(x int) string {
	defer fmt.Println("early: deferred print", x)
	if x > 0 {
		return "positive"
	}
	x = 100
	return "not positive"
}

func results() (a int, b string) {
	defer show("results", a)
	a, b = 7, "seven"
	return
}

func add(i int) {
	defer wg.Done()
	mu.Lock()
	defer mu.Unlock()
	total += i
}

func producer(ch chan int) {
	defer close(ch)
	for i := 0; i < 3; i++ {
		ch <- i
	}
}

func main() {
	x := 1
	defer show("main", x)
	x = 2
	defer show("main", x)
	loop()
	fmt.Println(early(1), early(-1))
	fmt.Println(results())
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go add(i)
	}
	wg.Wait()
	fmt.Println("total", total)
	ch := make(chan int)
	go producer(ch)
	for v := range ch {
		fmt.Println("got", v)
	}
	defer println("println goes to stderr", 1.5, true, 'x', -0.0, 1e100, uint8(7), "s")
	defer print("print", 2, "x", 3.25, false, "\n")
	fmt.Println("main body done")
}
