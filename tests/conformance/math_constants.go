// Integer and float limits, Pi and E.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.MinInt32)
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxInt16, math.MaxUint8, math.MaxUint16, math.MaxUint32)
	fmt.Println(uint64(math.MaxUint64), math.MaxInt)
	fmt.Println(math.Pi, math.E)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
}
