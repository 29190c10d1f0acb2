// copy copies min(len) elements and returns the count.
package main

import "fmt"

func main() {
	dst := make([]int, 3)
	n := copy(dst, []int{1, 2, 3, 4, 5})
	fmt.Println(n, dst)
	src := []int{7}
	n = copy(dst, src)
	fmt.Println(n, dst)
}
