// A custom error type used through the error interface.
package main

import "fmt"

type NotFound struct{ Name string }

func (e NotFound) Error() string { return e.Name + " not found" }

func lookup(name string) (int, error) {
	if name == "x" {
		return 1, nil
	}
	return 0, NotFound{name}
}

func main() {
	if _, err := lookup("y"); err != nil {
		fmt.Println("error:", err)
		if nf, ok := err.(NotFound); ok {
			fmt.Println("missing", nf.Name)
		}
	}
	v, err := lookup("x")
	fmt.Println(v, err)
}
