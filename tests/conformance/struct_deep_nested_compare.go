// Comparing and hashing values nested a million levels deep (each struct holds the next in an
// interface): Go walks them without trouble, so == and map keys must too.
package main

import "fmt"

type link struct {
	next interface{}
	tag  int
}

func chain(n, last int) interface{} {
	var v interface{} = last
	for i := 0; i < n; i++ {
		v = link{v, i % 3}
	}
	return v
}

func main() {
	a, b, c := chain(1000000, 7), chain(1000000, 7), chain(1000000, 8)
	fmt.Println(a == b, a == c, b != c)
	seen := map[interface{}]string{a: "a"}
	seen[c] = "c"
	fmt.Println(len(seen), seen[b], seen[c])
	s := []int{1}
	bad := chain(1000, 0)
	bad = link{bad, 0}
	other := link{chain(1000, 0), 0}
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(bad == other)
	fmt.Println(link{s, 1} == link{s, 1})
}
