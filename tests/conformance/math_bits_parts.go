// Frexp, Ldexp, Modf, Remainder, Dim, Nextafter, Logb, Ilogb, Pow10 and the Float bits
// conversions: signed zeros, subnormals, infinities and NaN come out as Go gives them.
package main

import (
	"fmt"
	"math"
)

func main() {
	negZero := math.Copysign(0, -1)
	values := []float64{0, negZero, 1, -1, 0.75, -2.5, 3.999, 1e-310, -5e-324, 1 << 52,
		4503599627370497.5, 1e300, math.MaxFloat64, math.Inf(1), math.Inf(-1), math.NaN()}
	for _, x := range values {
		frac, exp := math.Frexp(x)
		whole, part := math.Modf(x)
		fmt.Println(x, "frexp", frac, exp, "ldexp", math.Ldexp(frac, exp), "modf", whole, part,
			"logb", math.Logb(x), math.Ilogb(x))
		fmt.Printf("  %#x %#x %#x\n", math.Float64bits(x), math.Float32bits(float32(x)),
			math.Float64bits(math.Nextafter(x, 0)))
	}
	fmt.Println(math.Ldexp(1, -1074), math.Ldexp(1, -1075), math.Ldexp(1.5, -1075),
		math.Ldexp(0.75, 1025), math.Ldexp(1, 1024), math.Ldexp(-1, 1<<40), math.Ldexp(3, -1<<40),
		math.Ldexp(negZero, 10), math.Ldexp(math.Inf(-1), -5))
	fmt.Printf("%#x %#x %#x\n", math.Float64bits(math.NaN()), math.Float64bits(math.Log1p(-2)),
		math.Float64bits(math.Sin(math.Inf(1))))
	fmt.Println(math.Float64frombits(0x7ff0000000000000), math.Float64frombits(1),
		math.Float64frombits(0x8000000000000000), math.Float32frombits(0x7f7fffff),
		math.Float32frombits(1), math.Float32frombits(0xc0490fdb))

	pairs := [][2]float64{{5, 3}, {-5, 3}, {5, -3}, {5.5, 2}, {6.5, 2}, {7.5, 2}, {-7.5, 2},
		{1, 0}, {0, 1}, {negZero, 1}, {4, 2}, {-4, 2}, {math.Inf(1), 1}, {3, math.Inf(1)},
		{math.NaN(), 1}, {1e300, 1e-300}, {1, 1e-310}}
	for _, p := range pairs {
		x, y := p[0], p[1]
		fmt.Println(x, y, math.Remainder(x, y), math.Dim(x, y), math.Dim(y, x),
			math.Nextafter(x, y), math.Nextafter(y, x))
	}
	fmt.Println(math.Dim(math.Inf(1), math.Inf(1)), math.Dim(math.Inf(-1), math.Inf(-1)),
		math.Nextafter(0, -1), math.Nextafter(negZero, 1), math.Nextafter(0, negZero),
		math.Nextafter(negZero, 0), math.Nextafter(math.MaxFloat64, math.Inf(1)))

	for _, n := range []int{-400, -324, -323, -322, -310, -33, -32, -1, 0, 1, 22, 23, 31, 32,
		100, 300, 308, 309, 1000} {
		fmt.Print(math.Pow10(n), " ")
	}
	fmt.Println()
}
