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

type Handler func(string) string

func (h Handler) Twice(s string) string { return h(h(s)) }

type Vec struct{ X, Y int }

func (v Vec) Add(w Vec) Vec { return Vec{v.X + w.X, v.Y + w.Y} }

// Parameters of function literals, named function types, method expressions.
func init() {
	shout := Handler(func(s string) string { return s + "!" })
	fmt.Println(shout("a"), shout.Twice("hi"))
	add := Vec.Add
	fmt.Println(add(Vec{1, 2}, Vec{3, 4}))
	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	p := &grid[1]
	p[2] = 60
	for i, row := range grid {
		row[0] = 0 // a copy: grid keeps its values
		fmt.Println(i, row, grid[i])
	}
	fmt.Printf("%v|%5v|%#v\n", grid, [2]int{1, 2}, map[string]Vec{"b": {1, 2}, "a": {3, 4}})
	seen := map[[2]int]bool{{1, 2}: true}
	fmt.Println(seen[[2]int{1, 2}], seen[[2]int{2, 1}], seen)
}
