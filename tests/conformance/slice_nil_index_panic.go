// Indexing a nil slice panics with length 0.
package main

import "fmt"

func main() {
	var s []string
	fmt.Println(len(s))
	fmt.Println(s[0])
}
