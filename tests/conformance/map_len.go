// len counts the entries; overwriting a key keeps the count.
package main

import "fmt"

func main() {
	m := make(map[string]int)
	m["a"] = 1
	m["b"] = 2
	m["a"] = 3
	fmt.Println(len(m), m["a"])
}
