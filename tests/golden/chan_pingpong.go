// Unbuffered channels hand a value from one goroutine to another.
package main

import "fmt"

var ping = make(chan int)
var pong = make(chan int)

func player(name string, in chan int, out chan int) {
	for {
		n, ok := <-in
		if !ok {
			close(out)
			return
		}
		fmt.Println(name, n)
		if n >= 5 {
			close(out)
			return
		}
		out <- n + 1
	}
}

func main() {
	go player("ping", ping, pong)
	ping <- 0
	for n := range pong {
		fmt.Println("main got", n)
		if n >= 3 {
			break
		}
		ping <- n + 1
	}
	close(ping)
	fmt.Println("done")
}
