// HasPrefix, HasSuffix, TrimPrefix and TrimSuffix.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "main.go"
	fmt.Println(strings.HasPrefix(s, "main"), strings.HasSuffix(s, ".go"), strings.HasPrefix(s, ""))
	fmt.Println(strings.TrimSuffix(s, ".go"), strings.TrimPrefix(s, "ma"), strings.TrimPrefix(s, "x"))
}
