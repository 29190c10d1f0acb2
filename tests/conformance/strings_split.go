// Split with separators, the empty separator and no match.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("abc", "x"))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Println(len(strings.Split("a b c", " ")))
}
