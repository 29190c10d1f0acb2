// A struct that embeds a pointer to its own type: promoted fields and methods are found
// through the pointer without looping.
package main

import "fmt"

type List struct {
	*List
	V int
}

func (l *List) Sum() int {
	if l == nil {
		return 0
	}
	return l.V + l.List.Sum()
}

func main() {
	l := &List{V: 1, List: &List{V: 2, List: &List{V: 3}}}
	fmt.Println(l.V, l.List.V, l.List.List.V, l.Sum())
	fmt.Printf("%T %v\n", *l.List.List, l.List.List.List == nil)
}
