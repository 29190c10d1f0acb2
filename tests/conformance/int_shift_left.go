// Left shifts drop the bits that fall off the top.
package main

import "fmt"

func main() {
	var a uint8 = 0x81
	fmt.Println(a << 1)
	var b int8 = 1
	fmt.Println(b << 7)
	var c uint32 = 1
	fmt.Println(c<<31, c<<32)
	s := uint(70)
	fmt.Println(1<<s == 0)
}
