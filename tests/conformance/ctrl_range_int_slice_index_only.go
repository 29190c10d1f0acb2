// range with only the index, and range with blank identifiers.
package main

import "fmt"

func main() {
	xs := []string{"a", "b", "c"}
	for i := range xs {
		fmt.Print(i)
	}
	n := 0
	for range xs {
		n++
	}
	fmt.Println(" ", n)
}
