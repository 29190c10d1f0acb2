// A variable index out of an array's range panics.
package main

import "fmt"

func main() {
	a := [3]int{}
	i := 3
	a[i] = 1
	fmt.Println(a)
}
