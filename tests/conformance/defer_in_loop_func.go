// Defers belong to the function, not the loop block.
package main

import "fmt"

func work(id int) {
	defer fmt.Println("done", id)
	fmt.Println("working", id)
}

func main() {
	for i := 1; i <= 2; i++ {
		work(i)
	}
}
