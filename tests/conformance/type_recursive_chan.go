// A channel type that carries channels of its own type (type C chan C): a reply channel
// sent through a request channel.
package main

import "fmt"

type C chan C

func main() {
	requests := make(C)
	done := make(chan int)
	go func() {
		n := 0
		for reply := range requests {
			n++
			reply <- nil
		}
		done <- n
	}()
	for i := 0; i < 3; i++ {
		reply := make(C, 1)
		requests <- reply
		fmt.Println(<-reply == nil)
	}
	close(requests)
	fmt.Println(<-done)
	fmt.Printf("%T %d\n", requests, cap(make(C, 4)))
}
