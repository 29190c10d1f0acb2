// A pointer to a pointer.
package main

import "fmt"

func main() {
	x := 3
	p := &x
	pp := &p
	**pp = 9
	fmt.Println(x)
}
