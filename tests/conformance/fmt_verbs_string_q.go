// %s, %q, %x and %v on strings, including escapes.
package main

import "fmt"

func main() {
	s := "tab\there \"q\" é\x01"
	fmt.Printf("%s\n%q\n%v\n%x\n", s, s, s, "Go")
	fmt.Printf("%#q %q\n", "raw", `back\slash`)
}
