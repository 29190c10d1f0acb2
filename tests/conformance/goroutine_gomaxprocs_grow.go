// GOMAXPROCS changes while goroutines compute: they start under one P, main raises the count
// while they run and lowers it again before they finish, and every result still arrives
// whole. The previous settings come back in order, and the deadlock at the end is reported
// with every goroutine still asleep, as Go does whatever the count.
package main

import (
	"fmt"
	"runtime"
)

func sum(from, to int) int {
	s := 0
	for i := from; i < to; i++ {
		s += i % 7
	}
	return s
}

func main() {
	runtime.GOMAXPROCS(1)
	results := make([]chan int, 4)
	for i := range results {
		results[i] = make(chan int, 1)
		go func(i int) {
			results[i] <- sum(i*100000, (i+1)*100000)
		}(i)
	}
	runtime.Gosched()
	fmt.Println("raised from", runtime.GOMAXPROCS(4))
	first := <-results[0]
	fmt.Println("lowered from", runtime.GOMAXPROCS(2))
	fmt.Println(first, <-results[1], <-results[2], <-results[3])
	fmt.Println("now", runtime.GOMAXPROCS(0))

	never := make(chan int)
	go func() {
		never <- 1
	}()
	<-results[0]
}
