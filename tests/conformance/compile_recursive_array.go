// An array of its own type is refused, also inside a function.
package main

type T [2]T

func main() {
	type U struct{ u [3]U }
}
