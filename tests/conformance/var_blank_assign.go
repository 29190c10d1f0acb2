// Assignments to _ evaluate the right side and discard it.
package main

import "fmt"

func side() int {
	fmt.Println("evaluated")
	return 1
}

func main() {
	_ = side()
	var _ = side()
}
