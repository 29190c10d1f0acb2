// %d on a Stringer prints the number; %s and %v call String.
package main

import "fmt"

type level int

func (l level) String() string { return "L" + fmt.Sprint(int(l)) }

func main() {
	l := level(3)
	fmt.Printf("%v %s %d %q %x\n", l, l, l, l, l)
}
