// Writing to a nil map panics.
package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println("writing")
	m["x"] = 1
}
