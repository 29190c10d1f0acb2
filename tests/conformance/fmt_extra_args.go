// Arguments without verbs print as %!(EXTRA type=value).
package main

import "fmt"

func main() {
	fmt.Printf("only %d\n", 1, "two", 3.0)
	fmt.Printf("none", 7)
	fmt.Println()
}
