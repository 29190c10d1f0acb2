// Nested maps print sorted at every level.
package main

import "fmt"

func main() {
	m := map[string]map[int]string{
		"b": {2: "two", 1: "one"},
		"a": {9: "nine"},
	}
	fmt.Println(m)
	fmt.Printf("%v\n", map[float64]int{2.5: 1, -1: 2})
}
