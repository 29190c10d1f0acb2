// strings.Builder: WriteByte, WriteRune (an invalid rune too), Len, Grow, Reset, and a
// Builder shared through a pointer.
package main

import (
	"fmt"
	"strings"
)

func addLine(b *strings.Builder, s string) {
	b.WriteString(s)
	b.WriteByte('\n')
}

func main() {
	var b strings.Builder
	fmt.Println(b.Len(), b.String() == "")
	b.Grow(64)
	b.WriteByte('a')
	n, err := b.WriteRune('é')
	fmt.Println(n, err)
	n, _ = b.WriteRune(-1)
	fmt.Println(n, b.Len(), b.String())
	s := b.String()
	b.WriteString("more")
	fmt.Println(s, b.String())
	b.Reset()
	fmt.Println(b.Len(), b.String() == "")
	addLine(&b, "one")
	addLine(&b, "two")
	fmt.Print(b.String())
	p := new(strings.Builder)
	for i := 0; i < 3; i++ {
		p.WriteString(strings.Repeat("ab", i))
	}
	fmt.Println(p.String(), p.Len())
}
