// Appending a slice to itself reads the old elements.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	s = append(s, s...)
	fmt.Println(s)
	s = append(s[:2], s[4:]...)
	fmt.Println(s)
}
