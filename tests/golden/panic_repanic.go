// panic_repanic: panicking again after recover prints the first panic as [recovered].
package main

import "fmt"

func rethrow() {
	r := recover()
	fmt.Println("caught", r)
	panic(fmt.Sprint("again: ", r))
}

func main() {
	defer fmt.Println("outer deferred")
	defer rethrow()
	panic("boom")
}
