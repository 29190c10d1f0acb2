// `defer recover()` is allowed, but the deferred recover is not called by a deferred
// function, so it returns nil and the panic goes on; a recover inside a deferred function
// still stops it.
package main

import "fmt"

func stopped() (r string) {
	defer func() {
		r = fmt.Sprint("stopped by the closure: ", recover())
	}()
	defer recover()
	panic("first")
}

func main() {
	fmt.Println(stopped())
	go recover()
	defer fmt.Println("deferred print runs before the panic is reported")
	defer recover()
	panic("second")
}
