// Builder's write methods return the bytes written and a nil error.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	n, err := b.WriteString("héllo")
	fmt.Println(n, err)
	n, err = b.WriteRune('世')
	fmt.Println(n, err)
	fmt.Println(b.WriteByte('!'))
	fmt.Println(b.Len(), b.String())
}
