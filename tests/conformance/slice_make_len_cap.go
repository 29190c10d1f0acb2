// make with a length and a capacity; elements start at zero.
package main

import "fmt"

func main() {
	s := make([]string, 2, 5)
	fmt.Println(len(s), cap(s), s[0] == "", s)
	f := make([]float64, 3)
	fmt.Println(f)
}
