// Right shifts of signed values keep the sign; unsigned ones fill with zero.
package main

import "fmt"

func main() {
	x := -16
	fmt.Println(x>>2, x>>10, x>>63, x>>100)
	var u uint8 = 0xF0
	fmt.Println(u>>4, u>>8)
}
