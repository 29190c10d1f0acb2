// Slicing beyond capacity panics with Go's bounds message.
package main

import "fmt"

func main() {
	s := make([]int, 2, 4)
	hi := 5
	fmt.Println(s[:hi])
}
