// Receiving from a closed, drained channel gives the zero value and false.
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	ch <- 5
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Println(v, ok)
}
