// uint16 subtraction below zero wraps to large values.
package main

import "fmt"

func main() {
	var x uint16 = 1
	x -= 2
	fmt.Println(x)
	x += 3
	fmt.Println(x)
}
