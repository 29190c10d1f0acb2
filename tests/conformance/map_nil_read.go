// Reading from a nil map gives the zero value.
package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m["x"], len(m), m == nil)
	v, ok := m["y"]
	fmt.Println(v, ok)
	for k := range m {
		fmt.Println(k)
	}
	delete(m, "x")
}
