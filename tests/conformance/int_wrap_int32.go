// int32 overflow wraps to negative numbers.
package main

import "fmt"

func main() {
	var x int32 = 2147483647
	x += 1
	fmt.Println(x)
	var y int32 = 65536
	fmt.Println(y * y)
	fmt.Println(y*32768 + y*32768)
}
