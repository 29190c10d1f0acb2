// Itoa and Atoi undo each other.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	sum := 0
	for i := -50; i <= 50; i += 7 {
		n, err := strconv.Atoi(strconv.Itoa(i))
		if err != nil || n != i {
			fmt.Println("mismatch", i)
		}
		sum += n
	}
	fmt.Println(sum)
}
