// sort.Float64s places NaN first.
package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	xs := []float64{2.5, -1, math.NaN(), 0, math.Inf(1)}
	sort.Float64s(xs)
	fmt.Println(xs)
}
