// A value receiver gets a copy; changes do not stick.
package main

import "fmt"

type C struct{ n int }

func (c C) Inc() { c.n++ }

func (c C) Get() int { return c.n }

func main() {
	c := C{1}
	c.Inc()
	fmt.Println(c.Get())
}
