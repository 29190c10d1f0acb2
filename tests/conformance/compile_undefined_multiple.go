// Several undefined names are all reported, in order.
package main

import "fmt"

func main() {
	fmt.Println(a)
	fmt.Println(b, c)
}
