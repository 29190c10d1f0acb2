// Calling a method on a nil interface is a nil pointer dereference.
package main

import "fmt"

type S interface{ M() }

func main() {
	var s S
	fmt.Println("calling")
	s.M()
}
