// A function receives a copy of an array argument.
package main

import "fmt"

func zero(a [4]int) {
	for i := range a {
		a[i] = 0
	}
}

func zeroPtr(a *[4]int) {
	for i := range a {
		a[i] = 0
	}
}

func main() {
	a := [4]int{1, 2, 3, 4}
	zero(a)
	fmt.Println(a)
	zeroPtr(&a)
	fmt.Println(a)
}
