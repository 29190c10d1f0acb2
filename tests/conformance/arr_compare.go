// Arrays of comparable elements compare with ==.
package main

import "fmt"

func main() {
	a := [3]int{1, 2, 3}
	b := [...]int{1, 2, 3}
	c := [3]int{1, 2}
	fmt.Println(a == b, a == c, a != c)
}
