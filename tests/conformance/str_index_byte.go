// Indexing a string gives bytes, not runes.
package main

import "fmt"

func main() {
	s := "héllo"
	fmt.Println(len(s))
	fmt.Println(s[0], s[1], s[2])
	fmt.Printf("%T\n", s[1])
}
