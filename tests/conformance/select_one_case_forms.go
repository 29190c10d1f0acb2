// A select of one case and no default runs as that send or receive: the value to send is
// evaluated first, a receive binds its variables in the case's own scope (with ok too), and
// break in the body leaves the select, or the loop it names.
package main

import "fmt"

func f() int {
	fmt.Println("f runs before the send")
	return 1
}

func main() {
	c := make(chan int, 1)
	select {
	case c <- f():
		fmt.Println("sent")
	}
	v := 10
	select {
	case v := <-c:
		fmt.Println("got", v)
	}
	fmt.Println("outer v", v)
	c <- 2
	var ok bool
	select {
	case v, ok = <-c:
	}
	fmt.Println(v, ok)
	close(c)
	select {
	case v, ok := <-c:
		fmt.Println(v, ok)
	}
	d := make(chan string)
	go func() {
		select {
		case d <- "from a goroutine":
		}
	}()
	select {
	case s := <-d:
		fmt.Println(s)
		break
		fmt.Println("not reached")
	}
	n := 0
loop:
	for {
		select {
		case <-c:
			n++
			if n == 3 {
				break loop
			}
		}
	}
	fmt.Println("received", n, "times from a closed channel")
}
