// panic with a named string type shows the type name.
package main

type reason string

func main() {
	panic(reason("why"))
}
