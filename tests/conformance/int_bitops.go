// &, |, ^, &^ and unary ^ on signed and unsigned integers.
package main

import "fmt"

func main() {
	a, b := 0b1100, 0b1010
	fmt.Println(a&b, a|b, a^b, a&^b)
	fmt.Println(^a)
	var u uint8 = 0x0F
	fmt.Println(^u)
}
