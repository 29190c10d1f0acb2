// A syntax error: unexpected end of file.
package main

import "fmt"

func main() {
	fmt.Println("hi")
