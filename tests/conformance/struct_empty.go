// The empty struct has no fields and compares equal to itself.
package main

import "fmt"

func main() {
	a := struct{}{}
	b := struct{}{}
	fmt.Println(a == b, a)
	set := map[string]struct{}{"x": {}}
	_, ok := set["x"]
	fmt.Println(ok, len(set))
}
