// The address of a constant cannot be taken.
package main

import "fmt"

func main() {
	p := &5
	fmt.Println(p)
}
