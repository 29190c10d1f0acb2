// FormatFloat with 'f', 'e', 'E', 'g', 'G' and 'b', shortest (-1) and fixed precisions,
// bitSize 32 and 64, on NaN, infinities, -0, huge and tiny values, and an unknown format.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	values := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 1.0 / 3, 2.5, 3.5, 123456789,
		1e21, 1e20, 1e-7, 123.456e-10, math.MaxFloat64, math.SmallestNonzeroFloat64,
		math.MaxFloat32, 16777217, 0.000001, 100, math.Inf(1), math.Inf(-1), math.NaN(),
		5e-324, 1.7976931348623157e308, 2.2250738585072014e-308, 9.999999e22}
	for _, v := range values {
		for _, bits := range []int{64, 32} {
			fmt.Println(strconv.FormatFloat(v, 'g', -1, bits), strconv.FormatFloat(v, 'e', -1, bits),
				strconv.FormatFloat(v, 'f', -1, bits), strconv.FormatFloat(v, 'G', 3, bits),
				strconv.FormatFloat(v, 'E', 2, bits), strconv.FormatFloat(v, 'b', -1, bits))
		}
		fmt.Println(strconv.FormatFloat(v, 'f', 0, 64), strconv.FormatFloat(v, 'f', 3, 64),
			strconv.FormatFloat(v, 'e', 0, 64), strconv.FormatFloat(v, 'g', 0, 64),
			strconv.FormatFloat(v, 'g', 10, 64), strconv.FormatFloat(v, 'z', -1, 64))
	}
	long := strconv.FormatFloat(1e300, 'f', 20, 64)
	fmt.Println(len(long), long[:40], long[len(long)-25:])
	fmt.Println(strconv.FormatFloat(0.1, 'f', 60, 64))
	fmt.Println(strconv.FormatFloat(0.1, 'e', 60, 64))
	fmt.Println(strconv.FormatFloat(float64(float32(0.1)), 'g', -1, 64))
	fmt.Println(strconv.FormatFloat(float64(float32(0.1)), 'g', -1, 32))
}
