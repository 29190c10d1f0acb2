// A field of a struct held in a map cannot be changed in place, by any assignment form.
package main

import "fmt"

type point struct{ x, y int }

func main() {
	m := map[string]point{"a": {1, 2}}
	m["a"].x += 3
	m["a"].y++
	m["a"].x, m["a"].y = 5, 6
	p := &m["a"].x
	fmt.Println(m, p)
}
