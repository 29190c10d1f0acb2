// Using a slice as an interface map key panics at run time.
package main

import "fmt"

func main() {
	m := map[interface{}]int{}
	fmt.Println("start")
	m[[]int{1}] = 1
}
