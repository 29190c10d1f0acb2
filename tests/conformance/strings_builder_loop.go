// Building a long string in a loop with a Builder.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	for i := 0; i < 1000; i++ {
		sb.WriteString("ab")
	}
	s := sb.String()
	fmt.Println(len(s), s[:6], strings.Count(s, "ba"))
}
