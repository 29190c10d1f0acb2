// os.Args is a package variable: a program may change its elements, append to it, assign
// a new slice to it and take its address, and every later read sees the change.
package main

import (
	"fmt"
	"os"
)

func show() { fmt.Println(len(os.Args), os.Args[1:]) }

func main() {
	show()
	os.Args[1] = "changed"
	show()
	os.Args = append(os.Args, "more")
	show()
	saved := os.Args
	os.Args = []string{"p", "x", "y"}
	show()
	p := &os.Args
	*p = append(*p, "z")
	show()
	os.Args, saved = saved, os.Args
	show()
	fmt.Println(saved[1:])
	os.Args = nil
	fmt.Println(os.Args == nil, len(os.Args))
}
