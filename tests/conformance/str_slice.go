// Slicing a string by byte offsets.
package main

import "fmt"

func main() {
	s := "goroutine"
	fmt.Println(s[2:], s[:4], s[3:6], s[:])
	fmt.Println(len(s[9:]))
}
