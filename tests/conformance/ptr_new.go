// new(T) allocates a zero T and returns its address.
package main

import "fmt"

func main() {
	p := new(int)
	fmt.Println(*p)
	*p += 5
	q := new(string)
	*q = "hi"
	fmt.Println(*p, *q)
}
