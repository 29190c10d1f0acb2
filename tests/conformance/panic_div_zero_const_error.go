// Dividing by a constant zero is a compile error.
package main

import "fmt"

func main() {
	a := 10
	fmt.Println(a / 0)
}
