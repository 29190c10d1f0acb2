// range over a pointer to an array.
package main

import "fmt"

func main() {
	a := [3]int{1, 2, 3}
	for i, v := range &a {
		a[2] = 30
		fmt.Println(i, v)
	}
}
