// %v, %+v and %#v of a struct.
package main

import "fmt"

type point struct {
	X, Y int
	tag  string
}

func main() {
	p := point{1, -2, "origin"}
	fmt.Printf("%v\n%+v\n%#v\n", p, p, p)
	fmt.Println(p)
}
