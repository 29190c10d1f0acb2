// %+v names the fields of nested structs and pointers print as &{...} only at the top.
package main

import "fmt"

type In struct{ A int }
type Out struct {
	I  In
	P  *In
	S  []In
	Mp map[string]In
}

func main() {
	o := Out{In{1}, nil, []In{{2}}, map[string]In{"k": {3}}}
	fmt.Printf("%v\n%+v\n", o, o)
}
