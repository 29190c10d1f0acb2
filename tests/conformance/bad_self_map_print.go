// A map that holds itself (through an interface) prints without end in Go: its stack
// overflows. Printing must end with that fatal error, not crash the host.
package main

import "fmt"

func main() {
	box := map[string]interface{}{"n": 1}
	box["me"] = box
	fmt.Println(len(box))
	fmt.Printf("%v\n", box)
}
