// Keyed slice and array literals: the length is the largest index + 1, the gaps are zero
// values, unkeyed elements follow the previous index, and elements run in source order.
package main

import "fmt"

func f(s string, n int) int { fmt.Println("eval", s); return n }

func main() {
	a := []int{2: 10, 5: 20, 30}
	fmt.Println(a, len(a), cap(a))
	b := []string{3: "d", 1: "b"}
	fmt.Printf("%q %d\n", b, len(b))
	c := []int{5: f("five", 5), 1: f("one", 1), f("two", 2)}
	fmt.Println(c)
	type p struct{ x int }
	d := []p{2: {1}, {2}}
	fmt.Println(d)
	const k = 4
	e := [...]string{k: "four", 1: "one"}
	fmt.Println(len(e), e)
	var g = []*p{1: {7}}
	fmt.Println(g[0], g[1].x)
	h := [][]int{1: {1, 2}, 3: nil}
	fmt.Println(h, len(h))
	var idx = []int{'a' - 'a': 1, 'c' - 'a': 3}
	fmt.Println(idx)
}
