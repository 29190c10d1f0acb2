// Dereferencing something that is not a pointer.
package main

import "fmt"

func main() {
	x := 3
	fmt.Println(*x)
}
