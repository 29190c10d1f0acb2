// ParseFloat on decimals, exponents, special values and bad input.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"3.25", "-1e3", ".5", "inf", "-Inf", "NaN", "1e400", "abc", ""} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(f, err)
	}
}
