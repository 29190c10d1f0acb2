// Repeat builds a string n times; a negative count panics.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("x", 0) == "")
	fmt.Println(strings.Repeat("=", 10))
	n := -1
	fmt.Println(strings.Repeat("x", n))
}
