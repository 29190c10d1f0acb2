// goto jumps to a label in the same function.
package main

import "fmt"

func main() {
	i := 0
again:
	if i < 3 {
		fmt.Println("i =", i)
		i++
		goto again
	}
	fmt.Println("done")
}
