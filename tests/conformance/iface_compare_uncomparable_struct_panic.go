// An unrecovered comparison of two interfaces holding a struct with a slice field ends the
// program with Go's panic and exit code 2.
package main

import "fmt"

type row struct {
	cells []string
}

func main() {
	var a, b interface{} = row{}, row{}
	fmt.Println("comparing")
	fmt.Println(a == b)
}
