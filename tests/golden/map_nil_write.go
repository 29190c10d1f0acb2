// map_nil_write: reading a nil map is fine, writing it panics.
package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m["x"], len(m), m == nil)
	v, ok := m["y"]
	fmt.Println(v, ok)
	delete(m, "x")
	for k := range m {
		fmt.Println(k)
	}
	m["x"] = 1
}
