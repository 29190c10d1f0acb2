// Two closures capturing one variable see each other's writes.
package main

import "fmt"

func main() {
	x := 0
	inc := func() { x++ }
	get := func() int { return x }
	inc()
	inc()
	fmt.Println(get(), x)
	x = 100
	fmt.Println(get())
}
