// Fields splits around runs of white space.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.Fields("  one two\t\tthree\n four  "))
	fmt.Printf("%q\n", strings.Fields("   "))
	fmt.Println(len(strings.Fields("")))
}
