// The + # space and 0 flags.
package main

import "fmt"

func main() {
	fmt.Printf("%+d %+d % d % d\n", 5, -5, 5, -5)
	fmt.Printf("%#x %#o %#b %#X\n", 255, 8, 5, 255)
	fmt.Printf("%08.3f|%+.2e|%-+6d|\n", -3.14159, 12345.678, 7)
	fmt.Printf("%x % x %X\n", "hi!", "hi!", []byte{1, 171})
}
