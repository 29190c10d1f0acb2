// A three-index slice with max beyond capacity panics.
package main

import "fmt"

func main() {
	s := make([]int, 2, 3)
	m := 4
	fmt.Println(s[0:1:m])
}
