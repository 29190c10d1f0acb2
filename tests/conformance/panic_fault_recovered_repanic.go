// A nil dereference recovered and panicked again: Go marks the first panic [recovered] and
// prints the fault's signal line once, after the whole chain.
package main

import "fmt"

type node struct{ next *node }

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(fmt.Sprint("again: ", r))
	}()
	var n *node
	fmt.Println(n.next)
}
