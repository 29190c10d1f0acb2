// panic with a Stringer value prints what its String method returns, as for an error.
package main

type code int

func (c code) String() string { return "code!" }

func main() {
	panic(code(7))
}
