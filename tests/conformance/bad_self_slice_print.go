// A slice whose element is the slice itself, printed with %+v inside a struct: the walk
// has no end in Go (stack overflow), and two references per level must not make ours slow.
package main

import "fmt"

type holder struct {
	items []interface{}
}

func main() {
	s := make([]interface{}, 2)
	s[0] = s
	s[1] = s
	fmt.Println("built", len(s))
	fmt.Printf("%+v\n", holder{s})
}
