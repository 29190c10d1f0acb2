// Atoi errors carry Go's exact text.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"x", "", "12a", " 1", "1.5", "99999999999999999999"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
}
