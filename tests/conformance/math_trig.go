// Sin and Cos at a few angles.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sin(0), math.Cos(0))
	fmt.Printf("%.6f %.6f\n", math.Sin(math.Pi/6), math.Cos(math.Pi/3))
	fmt.Printf("%.4f\n", math.Sin(math.Pi))
}
