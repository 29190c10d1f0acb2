// A struct that contains itself is refused even when a value of it is made and printed.
package main

import "fmt"

type T struct {
	n int
	a T
}

func main() {
	var t T
	fmt.Println(t)
}
