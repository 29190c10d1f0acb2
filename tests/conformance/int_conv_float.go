// Converting a float to an integer truncates toward zero.
package main

import "fmt"

func main() {
	f := 3.99
	g := -3.99
	fmt.Println(int(f), int(g))
	h := 1e3
	fmt.Println(int64(h), uint8(h/10))
}
