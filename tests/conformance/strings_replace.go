// Replace with a count, ReplaceAll, and replacing the empty string.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Println(strings.Replace("oink oink oink", "oink", "moo", -1))
	fmt.Println(strings.ReplaceAll("banana", "a", "o"))
	fmt.Println(strings.ReplaceAll("abc", "", "-"))
	fmt.Println(strings.Replace("aaa", "a", "b", 0))
}
