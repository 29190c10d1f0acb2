// default may appear anywhere and is taken only when nothing matches.
package main

import "fmt"

func f(x int) {
	switch x {
	default:
		fmt.Println("default", x)
	case 1:
		fmt.Println("one")
	}
}

func main() {
	f(1)
	f(2)
}
