// Map keys that nest 50,000 levels (structs holding the next key in an interface): hashing
// them, comparing them with ==, and sorting them for printing follow every level, as Go's
// do, without running out of the host's stack.
package main

import "fmt"

type link struct {
	Next interface{}
	N    int
}

func chain(depth, bottom int) interface{} {
	var x interface{} = bottom
	for i := 0; i < depth; i++ {
		x = link{x, i % 3}
	}
	return x
}

func main() {
	a, b, c := chain(50000, 2), chain(50000, 1), chain(50000, 2)
	fmt.Println(a == b, a == c)
	m := map[interface{}]int{a: 1, b: 2}
	m[c] += 10
	fmt.Println(len(m), m[a], m[b])
	s := fmt.Sprint(m)
	fmt.Println(len(s), s[:20], s[len(s)-20:])
}
