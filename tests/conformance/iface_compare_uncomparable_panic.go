// Comparing interfaces that hold the same uncomparable type panics at run time.
package main

import "fmt"

func main() {
	var a, b interface{} = 1, "x"
	fmt.Println(a == b)
	a, b = []int{1}, 2
	fmt.Println(a == b)
	a, b = []int{1}, []int{1}
	fmt.Println(a == b)
}
