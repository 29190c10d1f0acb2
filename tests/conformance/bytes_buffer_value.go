// A bytes.Buffer value prints as Go's struct, and a copy shares the bytes beyond its
// length with the original until one of them outgrows the capacity (64 bytes at first).
package main

import (
	"bytes"
	"fmt"
)

func main() {
	var b bytes.Buffer
	b.WriteString("hi")
	fmt.Println(b)
	fmt.Printf("%+v\n", b)

	c := b
	b.WriteString("X")
	c.WriteString("Y")
	fmt.Println(b.String(), c.String())

	for i := 0; i < 70; i++ {
		b.WriteByte('a' + byte(i%26))
	}
	d := b
	b.WriteString("1")
	d.WriteString("2")
	fmt.Println(b.String())
	fmt.Println(d.String())

	var none *bytes.Buffer
	fmt.Println(none.String())
}
