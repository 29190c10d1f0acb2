// ++ and -- are statements that add or take one.
package main

import "fmt"

func main() {
	i := 5
	i++
	i++
	i--
	fmt.Println(i)
	arr := []int{1, 2}
	arr[1]++
	fmt.Println(arr)
}
