// Invalid UTF-8 outside a string literal.
package main

import "fmt"

func main() {
	x := 1 ÿ
	fmt.Println(x)
}
