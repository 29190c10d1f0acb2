// math.MaxUint64 does not fit in an int.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.MaxUint64)
}
