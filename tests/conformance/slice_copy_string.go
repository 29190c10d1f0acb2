// copy from a string into a byte slice.
package main

import "fmt"

func main() {
	b := make([]byte, 3)
	n := copy(b, "abcdef")
	fmt.Println(n, string(b))
}
