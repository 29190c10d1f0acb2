// Newton's method agrees with math.Sqrt.
package main

import (
	"fmt"
	"math"
)

func sqrt(x float64) float64 {
	z := 1.0
	for i := 0; i < 20; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z
}

func main() {
	for _, x := range []float64{2, 9, 10} {
		fmt.Printf("%.10f %.10f\n", sqrt(x), math.Sqrt(x))
	}
}
