// A pointer method promoted through embedding modifies the embedded value.
package main

import "fmt"

type Counter struct{ N int }

func (c *Counter) Inc() { c.N++ }

type Page struct {
	Counter
	Title string
}

func main() {
	p := Page{Title: "home"}
	p.Inc()
	p.Inc()
	fmt.Println(p.N, p.Counter.N)
}
