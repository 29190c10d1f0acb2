// A select of one case and no default is that channel operation: a deadlock's dump says the
// goroutine waits in "chan send", not in "select".
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	ch <- 1
	fmt.Println("buffer full")
	select {
	case ch <- 2:
	}
}
