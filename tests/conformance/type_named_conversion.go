// A named type converts to and from its underlying type.
package main

import "fmt"

type Meters float64
type Feet float64

func main() {
	m := Meters(3)
	f := Feet(m * 3.28084)
	fmt.Printf("%.2f %T\n", f, f)
}
