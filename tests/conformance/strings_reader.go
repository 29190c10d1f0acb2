// strings.Reader: Len, Size, ReadByte, UnreadByte, ReadRune, UnreadRune, Read and Reset,
// with io.EOF at the end and Go's errors for unreading too far.
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

func main() {
	r := strings.NewReader("hé\xffz")
	fmt.Println(r.Len(), r.Size())
	for {
		c, size, err := r.ReadRune()
		if err != nil {
			fmt.Println("end:", err, err == io.EOF, c, size, r.Len())
			break
		}
		fmt.Printf("%q %d %d\n", c, size, r.Len())
	}
	fmt.Println(r.UnreadRune())
	fmt.Println(r.UnreadRune())
	r.Reset("ab")
	fmt.Println(r.UnreadByte())
	fmt.Println(r.UnreadRune())
	b, err := r.ReadByte()
	fmt.Println(b, err)
	fmt.Println(r.UnreadRune())
	fmt.Println(r.UnreadByte(), r.Len())
	c, size, err := r.ReadRune()
	fmt.Println(c, size, err)
	fmt.Println(r.UnreadRune(), r.Len())
	fmt.Println(r.UnreadRune())
	b, err = r.ReadByte()
	b, err = r.ReadByte()
	fmt.Println(b, err)
	b, err = r.ReadByte()
	fmt.Println(b, err, errors.Is(err, io.EOF))

	// Read fills what fits, then reports io.EOF with no bytes.
	r.Reset("hello, world")
	buf := make([]byte, 5)
	for {
		n, err := r.Read(buf)
		fmt.Printf("%d %q %v\n", n, buf[:n], err)
		if err != nil {
			break
		}
	}
	n, err := r.Read(nil)
	fmt.Println(n, err)

	// The zero Reader is an empty one.
	var z strings.Reader
	fmt.Println(z.Len(), z.Size())
	_, err = z.ReadByte()
	fmt.Println(err)
	fmt.Println(z.UnreadRune())

	// Empty text.
	e := strings.NewReader("")
	_, _, err = e.ReadRune()
	fmt.Println(err, e.Len())
}
