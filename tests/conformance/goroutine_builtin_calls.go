// Built-ins started as goroutines: go copy, go delete, go close, go print and go recover
// evaluate their arguments at once and run in a goroutine of their own.
package main

import (
	"fmt"
	"time"
)

func main() {
	dst := make([]int, 2)
	src := []int{5, 6}
	go copy(dst, src)
	m := map[int]string{1: "one", 2: "two"}
	k := 1
	go delete(m, k)
	k = 2
	ch := make(chan bool)
	go close(ch)
	v, ok := <-ch
	go println("to stderr")
	go recover()
	time.Sleep(100 * time.Millisecond)
	fmt.Println(dst, m, v, ok)
}
