// Sin, Cos, Tan, Atan, Exp, Log and Pow agree with Go to the last bit on a few hundred inputs
// (the C library rounds some of them the other way), big arguments and subnormals included.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sin(math.Pi), math.Cos(math.Pi/2), math.Tan(math.Pi/4), math.Exp(1), math.Log(10))
	var xs []float64
	for i := -120; i <= 120; i++ {
		xs = append(xs, float64(i)*0.37+0.001*float64(i*i))
	}
	for i := 0; i < 40; i++ {
		xs = append(xs, math.Pow(1.7, float64(i))-0.5, 1/(float64(i)+0.3))
	}
	xs = append(xs, 1e-10, 1e-300, 1e10, 1e15, 1e20, 1e300, 5e8, 709.5, 709.7, -745.1, -745.2,
		0.5, 1, 2, math.Pi, math.E, math.Sqrt2/2, 1e-320, 5e-324, math.MaxFloat64,
		math.Inf(1), math.Inf(-1), math.NaN(), 0, math.Copysign(0, -1))
	for _, x := range xs {
		fmt.Printf("%v: %v %v %v %v\n", x, math.Sin(x), math.Cos(x), math.Tan(x), math.Atan(x))
		fmt.Printf("  %.17g %.17g %.17g %.17g\n", math.Sin(x), math.Cos(x), math.Tan(x), math.Atan(x))
		fmt.Printf("  %v %v %.17g %.17g\n", math.Exp(x), math.Log(x), math.Exp(x/10), math.Log(-x))
		fmt.Printf("  %v %v %v %.17g\n", math.Pow(x, 1.5), math.Pow(1.0001, x), math.Pow(x, -3),
			math.Pow(-x, 0.3))
	}
}
