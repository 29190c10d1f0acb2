// Ranging over an array ranges over a copy of it.
package main

import "fmt"

func main() {
	a := [3]int{1, 2, 3}
	for i, v := range a {
		a[2] = 100
		fmt.Println(i, v)
	}
	fmt.Println(a)
}
