// A defined type is not in a union of plain types: Go suggests the ~ the constraint lacks.
package main

import "fmt"

type Number interface {
	int | float64
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Meters float64

func main() {
	fmt.Println(Sum(Meters(1), Meters(2)))
	fmt.Println(Sum(1, 2))
}
