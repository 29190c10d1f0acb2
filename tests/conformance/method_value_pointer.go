// A method value with a pointer receiver sees later changes.
package main

import "fmt"

type T struct{ n int }

func (t *T) Get() int { return t.n }

func main() {
	t := &T{1}
	f := t.Get
	t.n = 2
	fmt.Println(f())
}
