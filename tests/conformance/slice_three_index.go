// A full slice expression limits capacity so append must copy.
package main

import "fmt"

func main() {
	arr := []int{0, 1, 2, 3, 4, 5}
	s := arr[1:3:3]
	fmt.Println(len(s), cap(s))
	s = append(s, 100)
	fmt.Println(arr, s)
	u := arr[1:3:5]
	u = append(u, 200)
	fmt.Println(arr, u)
}
