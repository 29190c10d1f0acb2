// Slicing a string beyond its length panics with Go's bounds text.
package main

import "fmt"

func main() {
	s := "abc"
	n := 5
	fmt.Println(s[1:n])
}
