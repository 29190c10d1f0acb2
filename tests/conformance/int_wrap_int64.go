// int64 wraps at the edges of its range.
package main

import "fmt"

func main() {
	var x int64 = 9223372036854775807
	x++
	fmt.Println(x)
	x--
	fmt.Println(x)
}
