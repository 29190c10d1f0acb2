// Negative zero equals zero but prints with its sign.
package main

import "fmt"

func main() {
	z := 0.0
	nz := -z
	fmt.Println(nz == z)
	fmt.Println(nz, 1/nz)
}
