// Function values, closures and Go 1.19's loop variables.
package main

import (
	"fmt"
	"sync"
)

type Acc struct{ total int }

func (a *Acc) Add(n int) { a.total += n }

func apply(xs []int, f func(int) int) []int {
	res := []int{0, 0, 0}
	for i, x := range xs {
		res[i] = f(x)
	}
	return res
}

func fib() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func main() {
	double := func(x int) int { return x * 2 }
	fmt.Println(apply([]int{1, 2, 3}, double))
	offset := 10
	fmt.Println(apply([]int{1, 2, 3}, func(x int) int { return x + offset }))

	next := fib()
	for i := 0; i < 8; i++ {
		fmt.Print(next(), " ")
	}
	fmt.Println()

	// Go 1.19: one i for the whole loop, so every closure sees its last value.
	var later [3]func() int
	for i := 0; i < 3; i++ {
		later[i] = func() int { return i }
	}
	fmt.Println(later[0](), later[1](), later[2]())
	for _, v := range []string{"a", "b"} {
		later[0] = func() int { return len(v) }
	}
	fmt.Println(later[0]())

	// A method value remembers its receiver.
	acc := &Acc{}
	add := acc.Add
	add(5)
	add(7)
	fmt.Println(acc.total)

	// Closures shared by goroutines.
	var wg sync.WaitGroup
	var mu sync.Mutex
	count := 0
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(n int) {
			defer0 := n * n
			mu.Lock()
			count += defer0
			mu.Unlock()
			wg.Done()
		}(i)
	}
	wg.Wait()
	fmt.Println(count)

	var nothing func()
	fmt.Println(nothing == nil, double != nil)
}
