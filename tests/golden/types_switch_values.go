// Switch on structs, interfaces (with concrete and nil cases) and pointers.
package main

import "fmt"

type P struct{ X, Y int }
type Shape interface{ Area() int }
type Sq struct{ S int }

func (s Sq) Area() int { return s.S * s.S }

func main() {
	p := P{1, 2}
	switch p {
	case P{0, 0}:
		fmt.Println("origin")
	case P{1, 2}:
		fmt.Println("one two")
	}
	var s Shape = Sq{3}
	switch s {
	case nil:
		fmt.Println("nil")
	case Sq{2}:
		fmt.Println("two")
	case Sq{3}:
		fmt.Println("three")
	}
	var e interface{} = 5
	switch e {
	case "5":
		fmt.Println("string")
	case 5:
		fmt.Println("int five")
	}
	var ptr *P
	switch ptr {
	case nil:
		fmt.Println("nil pointer")
	}
}
