// panic with a Stringer value does not call String; it prints the plain value with its type.
package main

type code int

func (c code) String() string { return "code!" }

func main() {
	panic(code(7))
}
