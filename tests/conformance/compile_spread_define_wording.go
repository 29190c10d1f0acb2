// := with a multi-valued right side whose value does not fit a variable declared before: the
// same words as =, "as type T" for a typed result and "(untyped bool value)" for an ok.
package main

import "fmt"

func load() (string, error) { return "x", nil }

func main() {
	var err string
	data, err := load()
	var found int
	cache := map[string]string{}
	v, found := cache["k"]
	fmt.Println(data, err, v, found)
}
