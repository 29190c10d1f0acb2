// A runtime error: Go panics with the index and the length.
package main

import "fmt"

var names = []string{"a", "b", "c"}

func main() {
	for i := 0; i <= len(names); i++ {
		fmt.Println(names[i])
	}
}
