// Inf, NaN, IsInf and IsNaN.
package main

import (
	"fmt"
	"math"
)

func main() {
	pos, neg := math.Inf(1), math.Inf(-1)
	fmt.Println(pos, neg, math.IsInf(pos, 1), math.IsInf(neg, 1), math.IsInf(neg, 0))
	n := math.NaN()
	fmt.Println(n, math.IsNaN(n), n == n, math.IsNaN(pos-pos))
}
