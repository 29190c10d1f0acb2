// Converting between integer sizes keeps the low bits.
package main

import "fmt"

func main() {
	x := 1000
	fmt.Println(int8(x), uint8(x), int16(x))
	y := -1
	fmt.Println(uint8(y), uint16(y), uint32(y))
	z := int64(1) << 40
	fmt.Println(int32(z), int32(z+5))
}
