// Package-level variables are shared by all functions.
package main

import "fmt"

var total int

func add(n int) { total += n }

func main() {
	add(3)
	add(4)
	fmt.Println(total)
}
