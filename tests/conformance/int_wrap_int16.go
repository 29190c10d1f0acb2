// int16 multiplication keeps only the low 16 bits.
package main

import "fmt"

func main() {
	var x int16 = 300
	y := x * x
	fmt.Println(y)
	var m int16 = -32768
	fmt.Println(-m)
}
