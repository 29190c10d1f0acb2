// A name the package does not export.
package main

import "fmt"

func main() {
	fmt.Printline("x")
}
