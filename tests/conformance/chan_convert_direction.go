// A bidirectional channel converts, assigns and passes to a send- or receive-only one of
// the same element type.
package main

import "fmt"

type Jobs chan int

func fill(out chan<- int, n int) {
	for i := 1; i <= n; i++ {
		out <- i
	}
	close(out)
}

func drain(in <-chan int) int {
	sum := 0
	for v := range in {
		sum += v
	}
	return sum
}

func main() {
	bc := make(chan int, 4)
	r := (<-chan int)(bc)
	s := (chan<- int)(bc)
	fmt.Printf("%T %T %T\n", bc, r, s)
	s <- 7
	fmt.Println(<-r, len(r), cap(s))

	var recv <-chan int = bc
	var send chan<- int
	send = bc
	send <- 3
	fmt.Println(<-recv)

	go fill(bc, 4)
	fmt.Println(drain(bc))

	j := make(Jobs, 1)
	var jr <-chan int = j
	jr2 := (<-chan int)(j)
	j <- 5
	fmt.Println(<-jr, len(jr2))
	fmt.Printf("%T %T\n", j, jr2)
}
