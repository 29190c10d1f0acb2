// strconv.FormatFloat with 'x' and 'X': hexadecimal mantissa and binary exponent, rounded
// half to even to the precision asked, float32 and float64, zeros, subnormals, Inf and NaN.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	values := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, 2, 3, 255.5, 1.0 / 3, 0.1,
		math.Pi, 1e300, -1e-300, math.MaxFloat64, math.SmallestNonzeroFloat64, 0x1.fffffp+3,
		0x1.08p0, 0x1.18p0, 0x1.ffp0, math.MaxFloat32, 1e-40, math.Inf(1), math.Inf(-1),
		math.NaN()}
	precs := []int{-1, 0, 1, 2, 5, 13, 14, 15, 20}
	for _, v := range values {
		for _, bits := range []int{64, 32} {
			line := ""
			for _, p := range precs {
				line += strconv.FormatFloat(v, 'x', p, bits) + " "
			}
			fmt.Println(line)
		}
		fmt.Println(strconv.FormatFloat(v, 'X', -1, 64), strconv.FormatFloat(v, 'X', 3, 64))
	}
	// Rounding carries into the leading digit and the exponent.
	fmt.Println(strconv.FormatFloat(1.9999, 'x', 2, 64), strconv.FormatFloat(0x1.f8p0, 'x', 1, 64),
		strconv.FormatFloat(0x1.f8p0, 'x', 0, 64), strconv.FormatFloat(0x1.8p0, 'x', 0, 64),
		strconv.FormatFloat(0x1.28p0, 'x', 1, 64), strconv.FormatFloat(0x1.38p0, 'x', 1, 64))
}
