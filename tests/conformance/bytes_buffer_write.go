// bytes.Buffer: every way of writing, what each returns, Len, String, Reset, and a
// *bytes.Buffer as the io.Writer of fmt.Fprint, Fprintf and Fprintln.
package main

import (
	"bytes"
	"fmt"
)

type point struct{ x, y int }

func (p point) String() string { return fmt.Sprintf("(%d,%d)", p.x, p.y) }

func main() {
	var b bytes.Buffer
	fmt.Println(b.Len(), b.String() == "")

	n, err := b.WriteString("naïve")
	fmt.Println(n, err)
	fmt.Println(b.WriteByte(' '))
	n, err = b.WriteRune('→')
	fmt.Println(n, err)
	n, err = b.Write([]byte{' ', 'o', 'k'})
	fmt.Println(n, err, b.Len())
	fmt.Println(b.String())

	fmt.Fprintf(&b, " %03d|%v", 7, point{1, 2})
	fmt.Fprint(&b, " a", 1, 2, "b")
	n, err = fmt.Fprintln(&b, " end")
	fmt.Println(n, err)
	fmt.Printf("%q\n", b.String())
	fmt.Println(&b)

	b.Reset()
	fmt.Println(b.Len(), b.String() == "")
	b.WriteString("again")
	fmt.Println(b.String())

	w := &bytes.Buffer{}
	for i := 0; i < 3; i++ {
		fmt.Fprintf(w, "[%d]", i)
	}
	fmt.Println(w.String(), w.Len())
}
