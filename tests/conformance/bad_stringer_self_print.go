// A String method that prints its own receiver with %v calls itself through fmt without end:
// Go dies of a stack overflow; we must too, never crash the host.
package main

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%v degrees", c) }

func main() {
	fmt.Println("reading")
	fmt.Println(Celsius(21.5))
	fmt.Println("never printed")
}
