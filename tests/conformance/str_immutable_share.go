// Assigning a string copies the value; later changes to the variable do not affect the copy.
package main

import "fmt"

func main() {
	a := "one"
	b := a
	a = "two"
	fmt.Println(a, b)
}
