// Two structs that contain each other are refused; the report starts at the first one.
package main

type B struct {
	x int
	a A
}

type A struct{ b B }

type C struct{ a A }

type Ok struct {
	next *Ok
	all  []Ok
	by   map[string]Ok
}

func main() {}
