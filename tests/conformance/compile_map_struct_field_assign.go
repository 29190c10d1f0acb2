// A struct inside a map is not addressable.
package main

import "fmt"

type T struct{ n int }

func main() {
	m := map[string]T{"a": {1}}
	m["a"].n = 2
	fmt.Println(m)
}
