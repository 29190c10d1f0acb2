// Float division by zero gives infinities and NaN, not a panic.
package main

import "fmt"

func main() {
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero)
	n := zero / zero
	fmt.Println(n == n, n != n)
}
