// A type alias is the same type under another name.
package main

import "fmt"

type Num = int

func main() {
	var a Num = 5
	var b int = a
	fmt.Printf("%T %d\n", a, b)
}
