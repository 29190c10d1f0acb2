// Case expressions are evaluated top to bottom, left to right, until one matches.
package main

import "fmt"

func v(n int) int {
	fmt.Print("eval", n, " ")
	return n
}

func main() {
	switch 3 {
	case v(1), v(2):
		fmt.Println("no")
	case v(3), v(4):
		fmt.Println("yes")
	case v(5):
		fmt.Println("no")
	}
}
