// A slice of an array past its capacity panics with Go's bounds text.
package main

import "fmt"

func main() {
	var a [4]int
	n := 6
	fmt.Println("start")
	fmt.Println(a[1:n])
}
