// Sqrt, Pow, Abs, Floor, Ceil, Trunc and Round.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Abs(-3.5))
	fmt.Println(math.Floor(-1.5), math.Ceil(-1.5), math.Trunc(-1.5), math.Round(-1.5), math.Round(2.5))
	fmt.Println(math.Sqrt(-1), math.Pow(0, -1))
}
