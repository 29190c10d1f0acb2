// A constant index out of an array's range is a compile error.
package main

import "fmt"

func main() {
	a := [3]int{}
	fmt.Println(a[5])
}
