// Send-only and receive-only channel types.
package main

import "fmt"

func produce(out chan<- int) {
	out <- 42
	close(out)
}

func consume(in <-chan int) int { return <-in }

func main() {
	ch := make(chan int, 1)
	produce(ch)
	fmt.Println(consume(ch))
}
