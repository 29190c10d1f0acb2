// A library struct's unexported fields belong to its package: a program that reaches into a
// strings.Builder gets Go's "has no field or method", not the Builder's insides.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	sb.WriteString("abc")
	sb.buf = nil
	fmt.Println(sb.String(), sb.n)
}
