// Closing a nil channel panics.
package main

func main() {
	var ch chan int
	close(ch)
}
