// A value of a non-interface type cannot be type-asserted.
package main

import "fmt"

func main() {
	n := 5
	s, ok := n.(string)
	fmt.Println(s, ok)
}
