// Println prints floats with %v: shortest form, exponent for large and small values.
package main

import "fmt"

func main() {
	fmt.Println(100000000.0, 123456789012345678.0, 0.000001, 0.0000001)
	fmt.Println(float32(1)/3, 2.0/3)
	fmt.Println(1e6, 1e20, 1e21)
}
