// A panic in any goroutine ends the whole program, while main still waits.
package main

import "fmt"

func main() {
	done := make(chan bool)
	go func() {
		fmt.Println("goroutine starts")
		panic("in goroutine")
	}()
	<-done
	fmt.Println("not reached")
}
