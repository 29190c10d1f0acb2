// Every compound assignment operator.
package main

import "fmt"

func main() {
	x := 100
	x += 5
	x -= 3
	x *= 2
	x /= 4
	x %= 7
	fmt.Println(x)
	y := 0xFF
	y &= 0x3C
	y |= 0x01
	y ^= 0x10
	y <<= 2
	y >>= 1
	y &^= 0x08
	fmt.Println(y)
}
