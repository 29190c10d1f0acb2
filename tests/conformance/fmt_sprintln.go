// Sprintln always separates with spaces and ends with a newline.
package main

import "fmt"

func main() {
	s := fmt.Sprintln("a", 1, "b")
	fmt.Printf("%q\n", s)
}
