// Shifting by a negative amount panics at run time.
package main

import "fmt"

func main() {
	n := -1
	fmt.Println("before")
	fmt.Println(1 << n)
}
