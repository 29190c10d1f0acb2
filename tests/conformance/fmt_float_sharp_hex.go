// Floats under every verb fmt has for them, with '#', ' ', '+', '0' and widths: %x and %b
// give strconv's hex and binary forms, and '#' keeps the point and trailing zeros.
package main

import (
	"fmt"
	"math"
)

func main() {
	for _, v := range []float64{0, 1, -2.5, 100, 1e-7, 123456789, 1e21, math.Inf(1), math.NaN(), 0.1} {
		fmt.Printf("%#g|%#v|%#.3g|%#e|%#f|%#.0f|%#G|%#.0e|% 08.2f|%+08.3g|%08v|% v|%+v|% x\n", v, v, v, v, v, v, v, v, v, v, v, v, v, v)
	}
	fmt.Printf("%#g %#g %#.4g %#x %#X\n", float32(0.1), float32(3), 2.0, 0.5, 0.5)
	fmt.Printf("%6.2F|%-9.3e|%9.2E|%b\n", 3.14159, -2.5, 1234.5, float32(-3))
	fmt.Printf("%x|%X|%x|%x|%b|%b\n", math.Inf(1), math.Inf(-1), math.NaN(), -0.0, 1.0, float32(0.5))
	fmt.Printf("%.2x|%10x|%-12X|%+x|% x|%010x|%x\n", 3.14159, 1.5, 2.5, 1.0, 1.0, 1.0, float32(0.1))
	fmt.Printf("%x|%X|%b\n", []float64{1, 0.5}, [1]float32{3}, -2.0)
	fmt.Printf("%#x|%#.3x|%#b\n", 1.0, 1.0, 1.0)
}
