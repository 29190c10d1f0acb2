// defer of an interface method call: the receiver and the arguments are evaluated at the
// defer statement, the call runs when the function returns.
package main

import "fmt"

type counter interface{ Add(n int) int }

type total struct{ sum int }

func (t *total) Add(n int) int {
	t.sum += n
	fmt.Println("add", n, "->", t.sum)
	return t.sum
}

func run(c counter) {
	x := 1
	defer c.Add(x)
	x = 10
	c.Add(x)
	var nobody counter
	defer func() { fmt.Println("recovered:", recover() != nil) }()
	defer nobody.Add(100)
	fmt.Println("unreached")
}

func main() {
	t := &total{}
	run(t)
	fmt.Println(t.sum)
}
