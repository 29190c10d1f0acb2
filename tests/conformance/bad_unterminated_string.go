// A string literal that runs to the end of the line.
package main

import "fmt"

func main() {
	fmt.Println("never closed)
}
