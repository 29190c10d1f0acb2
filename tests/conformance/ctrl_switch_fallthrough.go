// fallthrough runs the next case's body without testing it.
package main

import "fmt"

func main() {
	switch x := 2; x {
	case 1:
		fmt.Println("one")
	case 2:
		fmt.Println("two")
		fallthrough
	case 3:
		fmt.Println("three")
		fallthrough
	default:
		fmt.Println("default")
	case 4:
		fmt.Println("four")
	}
}
