// &T{...} allocates and initializes a struct.
package main

import "fmt"

type cfg struct {
	name string
	n    int
}

func main() {
	c := &cfg{name: "x"}
	d := c
	d.n = 3
	fmt.Println(c.name, c.n)
}
