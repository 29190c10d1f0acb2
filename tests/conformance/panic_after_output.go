// Output written before a panic is kept.
package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Println("line", i)
	}
	var m map[int]int
	m[0]++
}
