// Printing different integer types and their types.
package main

import "fmt"

func main() {
	var a int8 = -5
	var b uint16 = 65535
	var c int64 = -1 << 63
	var d uint64 = 1<<64 - 1
	fmt.Println(a, b, c, d)
	fmt.Printf("%v %T %v %T\n", a, a, d, d)
}
