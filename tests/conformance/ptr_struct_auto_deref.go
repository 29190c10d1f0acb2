// Field access through a struct pointer dereferences automatically.
package main

import "fmt"

type counter struct{ n int }

func bump(c *counter) { c.n++ }

func main() {
	c := counter{}
	bump(&c)
	bump(&c)
	p := &c
	p.n += 10
	fmt.Println(c.n, (*p).n)
}
