// panic, print and println as deferred calls run newest first, with the values they had
// at the defer statement; a deferred panic replaces the one under way.
package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	n := 1
	defer println("println", n, true)
	defer print("print ", n, "\n")
	defer panic(fmt.Sprint("deferred ", n))
	n = 2
	panic("original")
}
