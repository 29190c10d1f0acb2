// Calling a nil function value panics.
package main

import "fmt"

func main() {
	var f func()
	fmt.Println(f == nil)
	f()
}
