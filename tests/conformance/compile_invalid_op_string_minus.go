// - is not defined on strings.
package main

import "fmt"

func main() {
	a, b := "x", "y"
	fmt.Println(a - b)
}
