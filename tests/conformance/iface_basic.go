// A type satisfies an interface by having its methods.
package main

import "fmt"

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }
type Square struct{ S float64 }

func (r Rect) Area() float64   { return r.W * r.H }
func (s Square) Area() float64 { return s.S * s.S }

func main() {
	shapes := []Shape{Rect{2, 3}, Square{4}}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
	}
	fmt.Println(total)
}
