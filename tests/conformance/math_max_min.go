// Max and Min, including NaN and signed zeros.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Max(3, 7), math.Min(3, 7))
	fmt.Println(math.Max(math.NaN(), 1), math.Min(math.Inf(-1), 0))
	fmt.Println(math.Max(-0.0, 0), math.Min(0, math.Copysign(0, -1)))
}
