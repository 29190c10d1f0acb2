// Closing a channel twice panics.
package main

func main() {
	ch := make(chan int)
	close(ch)
	close(ch)
}
