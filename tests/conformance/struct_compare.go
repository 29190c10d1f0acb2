// Structs with comparable fields compare field by field.
package main

import "fmt"

type P struct {
	X, Y int
	Name string
}

func main() {
	a := P{1, 2, "a"}
	b := P{X: 1, Y: 2, Name: "a"}
	c := P{X: 1}
	fmt.Println(a == b, a == c, c == P{1, 0, ""})
}
