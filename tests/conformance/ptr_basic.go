// Taking an address and writing through it.
package main

import "fmt"

func main() {
	x := 1
	p := &x
	*p = 42
	fmt.Println(x, *p, p == &x)
}
