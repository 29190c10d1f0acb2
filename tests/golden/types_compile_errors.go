// Go's compile errors for interfaces, struct literals, * and type assertions.
package main

import "fmt"

type Shape interface {
	Area() float64
}

type Sq struct{ S float64 }

func (s *Sq) Area() float64 { return s.S * s.S }

type Bad struct{}

func (Bad) Area() int { return 0 }

type P struct{ X, Y int }

func main() {
	var a Shape = Sq{2}
	var b Shape = Bad{}
	var c Shape = 3
	p := P{1, 2, 3}
	q := P{X: 1, Z: 2}
	r := P{1}
	var n int
	_ = *n
	_ = n.(int)
	fmt.Println(a, b, c, p, q, r, p.Z)
}
