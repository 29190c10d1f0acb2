// An unbuffered send with nobody receiving deadlocks main.
package main

func main() {
	ch := make(chan int)
	ch <- 1
}
