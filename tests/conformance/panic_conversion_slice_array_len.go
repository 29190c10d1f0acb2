// Go 1.17+ slice-to-array-pointer conversion panics if the slice is too short.
package main

import "fmt"

func main() {
	s := []int{1, 2}
	fmt.Println("converting")
	p := (*[3]int)(s)
	fmt.Println(p)
}
