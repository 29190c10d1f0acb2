// range over a channel receives until it is closed.
package main

import "fmt"

func main() {
	ch := make(chan int, 5)
	for i := 1; i <= 3; i++ {
		ch <- i * i
	}
	close(ch)
	for v := range ch {
		fmt.Println(v)
	}
}
