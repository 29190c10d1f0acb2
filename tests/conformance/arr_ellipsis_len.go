// [...] counts the elements, including keyed ones.
package main

import "fmt"

func main() {
	a := [...]string{"x", "y", "z"}
	b := [...]int{5: 1, 2}
	fmt.Println(len(a), len(b), b)
}
