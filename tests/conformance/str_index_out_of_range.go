// Indexing past the end of a string panics.
package main

import "fmt"

func main() {
	s := "abc"
	i := 3
	fmt.Println(s[i])
}
