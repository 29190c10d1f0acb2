// A pointer inside a struct prints as an address, so only nil pointers are shown here.
package main

import "fmt"

type N struct {
	V    int
	Next *N
}

func main() {
	fmt.Println(N{1, nil})
	fmt.Printf("%+v\n", &N{2, nil})
}
