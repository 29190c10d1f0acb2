// EqualFold compares ignoring case.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("Gopher", "gofer"))
	fmt.Println(strings.EqualFold("É", "é"), strings.EqualFold("", ""))
}
