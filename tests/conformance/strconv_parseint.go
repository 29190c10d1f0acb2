// ParseInt with bases and bit sizes, and its range errors.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.ParseInt("ff", 16, 64))
	fmt.Println(strconv.ParseInt("-101", 2, 8))
	fmt.Println(strconv.ParseInt("0x1f", 0, 64))
	fmt.Println(strconv.ParseInt("300", 10, 8))
	fmt.Println(strconv.ParseInt("-129", 10, 8))
	fmt.Println(strconv.ParseInt("z", 10, 64))
	fmt.Println(strconv.ParseInt("1_000", 0, 64))
}
