// A failed type assertion panics with Go's interface conversion text.
package main

import "fmt"

func main() {
	var v interface{} = "text"
	fmt.Println("asserting")
	n := v.(int)
	fmt.Println(n)
}
