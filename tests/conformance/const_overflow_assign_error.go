// An untyped constant too big for a variable's type is a compile error.
package main

import "fmt"

func main() {
	var b byte = 256
	fmt.Println(b)
}
