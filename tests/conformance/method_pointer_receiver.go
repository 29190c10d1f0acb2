// A pointer receiver changes the caller's value; Go takes the address for you.
package main

import "fmt"

type C struct{ n int }

func (c *C) Inc() { c.n++ }

func main() {
	c := C{1}
	c.Inc()
	c.Inc()
	p := &c
	p.Inc()
	fmt.Println(c.n)
}
