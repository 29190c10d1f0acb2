// A pointer to a struct prints as &{...}.
package main

import "fmt"

type node struct {
	Val  int
	Name string
}

func main() {
	n := &node{7, "seven"}
	fmt.Println(n)
	fmt.Printf("%v %+v\n", n, n)
}
