// A negative variable index panics.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	i := -1
	s[i] = 0
	fmt.Println(s)
}
