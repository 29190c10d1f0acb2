// strings.Builder collects writes and reports its length in bytes.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	b.WriteString("go")
	b.WriteByte('-')
	b.WriteRune('世')
	fmt.Println(b.String(), b.Len())
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&b, "%d", i)
	}
	fmt.Println(b.String())
}
