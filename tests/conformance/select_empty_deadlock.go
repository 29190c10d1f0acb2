// An empty select blocks forever; with no other goroutine that is a deadlock.
package main

func main() {
	select {}
}
