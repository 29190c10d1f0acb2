// Atoi accepts a sign and decimal digits.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-7", "+3", "007"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
}
