// Slicing through a nil pointer to an array is a nil dereference.
package main

import "fmt"

func main() {
	var p *[3]int
	fmt.Println("before")
	s := p[:]
	fmt.Println(len(s))
}
