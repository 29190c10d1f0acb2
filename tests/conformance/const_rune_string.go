// Rune and string constants.
package main

import "fmt"

const r = 'x'
const s = "x"

func main() {
	fmt.Println(r, s, string(r) == s)
	fmt.Printf("%T %T\n", r, s)
}
