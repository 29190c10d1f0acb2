// Byte slices print as numbers with %v and as text with %s.
package main

import "fmt"

func main() {
	b := []byte("hey")
	fmt.Println(b)
	fmt.Printf("%v %s %q %x\n", b, b, b, b)
}
