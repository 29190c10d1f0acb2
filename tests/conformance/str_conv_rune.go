// string(rune) encodes the rune; invalid code points become U+FFFD.
package main

import "fmt"

func main() {
	r := rune(19990)
	fmt.Println(string(r), string(rune(65)))
	bad := rune(-1)
	fmt.Println(string(bad) == "\uFFFD")
	big := rune(0x110000)
	fmt.Println(len(string(big)))
}
