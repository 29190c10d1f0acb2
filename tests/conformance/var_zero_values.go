// var without an initializer gives each type its zero value.
package main

import "fmt"

func main() {
	var i int
	var f float64
	var s string
	var b bool
	var p *int
	var sl []int
	var m map[string]int
	var e error
	var fn func()
	fmt.Println(i, f, s == "", b, p == nil, sl == nil, m == nil, e == nil, fn == nil)
	fmt.Printf("%q %v %v\n", s, p, e)
}
