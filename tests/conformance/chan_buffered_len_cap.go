// A buffered channel reports its length and capacity.
package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	fmt.Println(len(ch), cap(ch))
	<-ch
	fmt.Println(len(ch))
}
