// fmt prefers Error over String when a value has both.
package main

import "fmt"

type E struct{}

func (E) Error() string  { return "as error" }
func (E) String() string { return "as stringer" }

func main() {
	fmt.Println(E{})
	fmt.Printf("%v %s\n", E{}, E{})
}
