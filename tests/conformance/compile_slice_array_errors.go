// Slicing an array that is not a variable, and a constant index past its length.
package main

func f() [3]int { return [3]int{} }

func main() {
	a := [5]int{}
	_ = f()[1:2]
	_ = a[1:7]
	var p *[4]int
	_ = p[0:5]
	_ = a[:5]
}
