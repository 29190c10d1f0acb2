// pingpong_1m: two goroutines hand a counter back and forth 1,000,000 times
// over unbuffered channels: every message is a park and a wake-up.
package main

import "fmt"

func player(in chan int, out chan int, done chan int) {
	for {
		n := <-in
		if n >= 1000000 {
			done <- n
			return
		}
		out <- n + 1
	}
}

func main() {
	ping := make(chan int)
	pong := make(chan int)
	done := make(chan int)
	go player(ping, pong, done)
	go player(pong, ping, done)
	ping <- 0
	fmt.Println("messages:", <-done)
}
