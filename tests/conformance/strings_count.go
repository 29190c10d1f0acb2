// Count counts non-overlapping matches; an empty separator counts runes + 1.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Count("cheese", "e"), strings.Count("aaaa", "aa"))
	fmt.Println(strings.Count("five", ""), strings.Count("世界", ""))
}
