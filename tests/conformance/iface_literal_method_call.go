// A method called through a variable of an interface literal type (no named interface)
// is that interface's method, found once.
package main

import "fmt"

type T struct{}

func (T) Timeout() bool { return true }

func main() {
	var a interface{ Timeout() bool } = T{}
	fmt.Println(a.Timeout())
	f := a.Timeout
	fmt.Println(f())
}
