// A channel of struct{} used to signal completion.
package main

import "fmt"

func main() {
	done := make(chan struct{})
	go func() {
		fmt.Println("worker")
		close(done)
	}()
	<-done
	fmt.Println("main")
}
