// len of an array is a typed int constant: it does not convert to byte by itself.
package main

import "fmt"

var grid [4][3]int

func main() {
	var b byte = len(grid)
	var c byte = len(grid[0]) * 100
	fmt.Println(b, c)
}
