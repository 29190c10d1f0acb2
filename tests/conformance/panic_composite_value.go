// panic with a struct, array, slice or map value recovers as that type; a nil pointer's
// panic prints its type and the address 0x0, as the runtime's printpanicval does.
package main

import (
	"fmt"
	"os"
)

type point struct{ X, Y int }

func try(name string, v interface{}) {
	defer func() {
		r := recover()
		fmt.Printf("%s: recovered %T\n", name, r)
	}()
	panic(v)
}

func main() {
	try("struct", point{1, 2})
	try("array", [2]int{3, 4})
	try("slice", []int{5})
	try("nil map", map[string]int(nil))
	var p *point
	if len(os.Args) > 5 {
		panic(point{1, 2})
	}
	panic(p)
}
