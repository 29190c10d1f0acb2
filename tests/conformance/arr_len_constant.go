// len and cap of an array, or of a pointer to one, are constants when the operand has no
// call or receive: they size other arrays, and a nil pointer's length is its array's.
package main

import "fmt"

var grid [4][3]int

func pick() *[5]int {
	fmt.Println("pick called")
	return nil
}

func main() {
	const rows = len(grid)
	const cols = len(grid[0])
	var p *[7]string
	var flat [rows * cols]int
	fmt.Println(rows, cols, len(p), cap(p), len(flat), cap(&flat))
	fmt.Println(len(pick()), cap(pick()))
	const b = byte(len(grid) * 60)
	fmt.Printf("%T %v\n", b, b)
	for i := range p {
		fmt.Print(i, " ")
	}
	fmt.Println()
}
