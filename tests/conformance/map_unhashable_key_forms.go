// Unhashable dynamic keys panic on lookup, in a nil map too, inside struct keys, and on
// delete; each panic is recovered and printed.
package main

import "fmt"

type key struct {
	name string
	v    interface{}
}

func try(what string, f func()) {
	defer func() { fmt.Println(what, recover()) }()
	f()
}

func main() {
	m := map[interface{}]int{1: 1}
	var nilMap map[interface{}]bool
	sm := map[key]int{}
	try("lookup", func() { _ = m[map[string]int{}] })
	try("nil map", func() { _, ok := nilMap[[]string{"a"}]; fmt.Println(ok) })
	try("struct", func() { sm[key{"f", func() {}}] = 1 })
	try("delete", func() { delete(m, []byte("x")) })
	try("fine", func() { sm[key{"s", "t"}] = 2; fmt.Println(sm[key{"s", "t"}]) })
}
