// := in an inner block declares a new variable that hides the outer one.
package main

import "fmt"

func main() {
	x := 1
	{
		x := 2
		x++
		fmt.Println("inner", x)
	}
	if x := "str"; x != "" {
		fmt.Println("if", x)
	}
	fmt.Println("outer", x)
}
