// The return value is set before defers run; an unnamed result cannot change.
package main

import "fmt"

func f() int {
	x := 1
	defer func() { x = 100 }()
	return x
}

func main() {
	fmt.Println(f())
}
