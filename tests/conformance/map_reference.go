// Maps are references: a copy of the variable sees the same entries.
package main

import "fmt"

func add(m map[string]int) {
	m["added"] = 1
}

func main() {
	m := map[string]int{}
	n := m
	n["x"] = 5
	add(m)
	fmt.Println(m)
}
