// Appending past capacity copies to a new array; the old slice is untouched.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	t := append(s, 4)
	t[0] = 99
	fmt.Println(s, t)
}
