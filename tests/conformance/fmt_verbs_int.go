// Integer verbs: %d %b %o %O %x %X %c %q %U.
package main

import "fmt"

func main() {
	n := 255
	fmt.Printf("%d %b %o %O %x %X\n", n, n, n, n, n, n)
	fmt.Printf("%c %q %U %#U\n", 'G', 'G', 0x1F600, 'ä')
	fmt.Printf("%x %X\n", -255, -255)
}
