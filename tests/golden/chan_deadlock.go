// Nobody ever sends: every goroutine is asleep.
package main

import "fmt"

func main() {
	ch := make(chan string)
	fmt.Println("waiting")
	fmt.Println(<-ch)
}
