// What Go 1.19 says about an array length that is not a non-negative int constant: a name
// is looked up first (an undeclared or non-constant one gets its own words, and a variable
// so named counts as unused), then the constant must be an integer that fits an int.
package main

import "fmt"

const two = 2.0
const half = 2.5
const neg = -1
const str = "s"

func main() {
	n := 3
	var a [n]int
	var b [undefinedN]int
	var c [two]int
	var d [half]int
	var e [neg]int
	var f [str]int
	var h [1 << 70]int
	fmt.Println(a, b, c, d, e, f, h)
}
