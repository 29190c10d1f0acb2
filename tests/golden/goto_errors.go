// goto_errors: gotos that jump over a declaration, into a block, or to no label.
package main

import "fmt"

func main() {
	goto L
	x := 1
	fmt.Println(x)
L:
	fmt.Println("at L")
	goto M
	{
	M:
		fmt.Println("in block")
	}
	goto N
}
