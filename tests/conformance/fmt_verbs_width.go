// Widths pad on the left; - pads on the right.
package main

import "fmt"

func main() {
	fmt.Printf("[%5d][%-5d][%05d]\n", 42, 42, 42)
	fmt.Printf("[%6s][%-6s][%2s]\n", "go", "go", "gopher")
	fmt.Printf("[%*d][%-*d]\n", 4, 7, 4, 7)
}
