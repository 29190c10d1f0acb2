// A recovered runtime error has the dynamic type Go's runtime panics with: boundsError for
// indexes and slices, errorString and plainError for the others, *TypeAssertionError for
// failed assertions; each is an error, none a string.
package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isString := r.(string)
		_, isError := r.(error)
		fmt.Printf("%s: %T | %v | %v %v\n", name, r, r, isString, isError)
	}()
	f()
}

func main() {
	var s []int
	var m map[string]int
	var p *struct{ x int }
	var i interface{} = "s"
	zero := 0
	ch := make(chan int)
	close(ch)
	n := -1
	try("index", func() { _ = s[3] })
	try("slice", func() { _ = s[1:5] })
	try("nilmap", func() { m["a"] = 1 })
	try("div", func() { _ = 1 / zero })
	try("nil", func() { _ = p.x })
	try("assert", func() { _ = i.(int) })
	try("assert2", func() { _ = i.(fmt.Stringer) })
	try("closed", func() { close(ch) })
	try("send", func() { ch <- 1 })
	try("makeslice", func() { _ = make([]int, n) })
	try("nilfunc", func() { var f func(); f() })
	try("closenil", func() { var c chan int; close(c) })
}
