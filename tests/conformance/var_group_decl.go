// Grouped var declarations and multiple names per spec.
package main

import "fmt"

var (
	x, y = 1, "one"
	z    float64
)

func main() {
	var a, b, c int = 1, 2, 3
	fmt.Println(x, y, z, a+b+c)
}
