// Returning the address of a local variable is safe.
package main

import "fmt"

func make5() *int {
	v := 5
	return &v
}

func main() {
	a, b := make5(), make5()
	*a = 6
	fmt.Println(*a, *b, a == b)
}
