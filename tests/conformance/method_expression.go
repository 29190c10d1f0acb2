// A method expression takes the receiver as its first argument.
package main

import "fmt"

type V struct{ x int }

func (v V) Scale(k int) int { return v.x * k }

func main() {
	f := V.Scale
	fmt.Println(f(V{3}, 4))
}
