// An interface holding a nil pointer is not nil.
package main

import "fmt"

type MyErr struct{}

func (*MyErr) Error() string { return "boom" }

func find(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p
}

func main() {
	err := find(false)
	fmt.Println(err == nil)
	var e error
	fmt.Println(e == nil)
}
