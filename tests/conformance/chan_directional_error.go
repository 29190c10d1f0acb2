// Receiving from a send-only channel is a compile error.
package main

import "fmt"

func main() {
	ch := make(chan<- int, 1)
	fmt.Println(<-ch)
}
