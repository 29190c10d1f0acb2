// append takes several values, or another slice with ...
package main

import "fmt"

func main() {
	s := []int{1}
	s = append(s, 2, 3, 4)
	s = append(s, []int{5, 6}...)
	s = append(s)
	fmt.Println(s, len(s))
}
