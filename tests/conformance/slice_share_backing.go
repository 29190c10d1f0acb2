// A subslice writes through to the array it shares.
package main

import "fmt"

func main() {
	arr := [5]int{1, 2, 3, 4, 5}
	s := arr[1:4]
	s[0] = 20
	fmt.Println(arr, s, len(s), cap(s))
	t := s[1:]
	t[0] = 30
	fmt.Println(arr)
}
