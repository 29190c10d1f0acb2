// A select whose one case receives from a nil channel blocks as that receive does: Go's dump
// says "chan receive (nil chan)".
package main

import "fmt"

func main() {
	var ch chan string
	fmt.Println("waiting")
	select {
	case s := <-ch:
		fmt.Println(s)
	}
}
