// fmt.Fprint, Fprintf and Fprintln write to any io.Writer: the standard streams, a
// *strings.Builder and a type of the program's own with a Write method.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

// counter is a writer that counts the bytes and the calls it gets.
type counter struct {
	calls, bytes int
	last         string
}

func (c *counter) Write(p []byte) (int, error) {
	c.calls++
	c.bytes += len(p)
	c.last = string(p)
	return len(p), nil
}

func describe(w io.Writer, label string, v int) {
	fmt.Fprintf(w, "%s=%03d;", label, v)
}

func main() {
	n, err := fmt.Fprintln(os.Stdout, "to stdout", 42, true)
	fmt.Println(n, err)
	n, err = fmt.Fprintf(os.Stdout, "%5.2f|%-4s|\n", 3.14159, "go")
	fmt.Println(n, err)
	n, err = fmt.Fprint(os.Stdout, "a", 1, 2, "b", "c", 3.5, "\n")
	fmt.Println(n, err)

	var b strings.Builder
	for i := 0; i < 3; i++ {
		describe(&b, "x", i*7)
	}
	fmt.Fprintln(&b)
	fmt.Print(b.String())
	fmt.Println(b.Len())

	c := &counter{}
	var w io.Writer = c
	fmt.Fprintf(w, "%v %v", []int{1, 2}, map[string]int{"k": 1})
	fmt.Fprintln(w, "second")
	fmt.Println(c.calls, c.bytes, c.last == "second\n")

	// A writer held in an interface of the program's own.
	type sink interface{ Write([]byte) (int, error) }
	var s sink = c
	fmt.Fprint(s, "third")
	fmt.Printf("%d %q\n", c.calls, c.last)
}
