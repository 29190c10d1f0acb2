// A parameter declared as a pointer to an interface (*Shape for Shape): Go explains why a
// *Sq does not fit it, and a value of the interface itself fits only through &.
package main

import "fmt"

type Shape interface{ Area() float64 }

type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

func describe(s *Shape) {
	fmt.Println(s)
}

func main() {
	var sh Shape = Sq{1}
	describe(&sh)
	describe(&Sq{2})
	var e *error = fmt.Errorf("x")
	fmt.Println(e)
}
