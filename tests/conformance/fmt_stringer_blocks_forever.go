// A String method that waits for a value nobody sends: the print never ends, and with
// nothing else left to run that is Go's deadlock, not an error of fmt's.
package main

import "fmt"

type lonely struct{ c chan string }

func (l lonely) String() string { return <-l.c }

func main() {
	fmt.Println("before")
	fmt.Println(lonely{make(chan string)})
	fmt.Println("never")
}
