// Why two values cannot be compared, in Go's words: what a struct or an array holds that
// cannot be compared, and which kinds of operand < does not take.
package main

type Inner struct{ xs []int }

type Outer struct {
	n  int
	in Inner
}

type Handler struct{ f func() }

func main() {
	f := func() {}
	g := func() {}
	_ = f == g
	_ = f < g
	var a, b Outer
	_ = a == b
	var h, k Handler
	_ = h != k
	var s, t [2][]int
	_ = s == t
	_ = a < b
	var m, n map[string]int
	_ = m < n
	var p, q *int
	_ = p < q
	var i, j interface{}
	_ = i < j
}
