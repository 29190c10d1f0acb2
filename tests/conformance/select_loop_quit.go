// A worker loops on select until told to quit.
package main

import "fmt"

func main() {
	data := make(chan int)
	quit := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Println(<-data)
		}
		quit <- true
	}()
	x := 0
	for {
		select {
		case data <- x:
			x += 10
		case <-quit:
			fmt.Println("quit")
			return
		}
	}
}
