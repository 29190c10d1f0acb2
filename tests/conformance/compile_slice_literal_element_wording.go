// An element that does not fit a slice literal's element type: Go says "in array or slice
// literal" for slices too, as it does for arrays.
package main

import "fmt"

type Speaker interface{ Speak() string }

type Cat struct{ name string }

func (c *Cat) Speak() string { return c.name }

func main() {
	cats := []Speaker{&Cat{"a"}, Cat{"b"}}
	names := []string{"x", 2}
	fmt.Println(cats, names)
}
