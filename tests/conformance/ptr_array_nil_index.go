// Indexing, storing through and ranging over a nil *[N]T dereference it: a nil pointer
// panic, not an index out of range. Ranging over its indexes alone needs no dereference.
package main

import "fmt"

func try(what string, f func()) {
	defer func() { fmt.Println(what+":", recover()) }()
	f()
}

func main() {
	var p *[3]int
	try("read", func() { fmt.Println(p[1]) })
	try("write", func() { p[2] = 7 })
	try("add", func() { p[0] += 1 })
	try("address", func() { fmt.Println(&p[0] == nil) })
	try("range", func() {
		for i, v := range p {
			fmt.Println(i, v)
		}
	})
	n := 0
	for i := range p {
		n += i
	}
	fmt.Println(n, len(p))
	q := &[3]int{1, 2, 3}
	q[1] *= 10
	for i, v := range q {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
}
