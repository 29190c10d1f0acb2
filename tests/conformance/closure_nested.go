// A closure inside a closure captures from both levels.
package main

import "fmt"

func main() {
	a := 1
	f := func() func() int {
		b := 10
		return func() int {
			a++
			b++
			return a + b
		}
	}
	g := f()
	fmt.Println(g(), g(), a)
}
