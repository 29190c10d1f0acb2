// A method value binds its receiver when it is evaluated.
package main

import "fmt"

type T struct{ s string }

func (t T) Say() string { return t.s }

func main() {
	t := T{"first"}
	f := t.Say
	t.s = "second"
	fmt.Println(f(), t.Say())
}
