// copy handles overlapping source and destination.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4, 5}
	copy(s[1:], s)
	fmt.Println(s)
	t := []int{1, 2, 3, 4, 5}
	copy(t, t[2:])
	fmt.Println(t)
}
