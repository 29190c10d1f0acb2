// Reslicing up to capacity reveals elements beyond the length.
package main

import "fmt"

func main() {
	s := []int{10, 20, 30, 40}
	t := s[:1]
	fmt.Println(t, len(t), cap(t))
	t = t[:4]
	fmt.Println(t)
}
