// A two-dimensional array and its zero value.
package main

import "fmt"

func main() {
	var m [2][3]int
	m[1][2] = 5
	fmt.Println(m, len(m), len(m[0]))
}
