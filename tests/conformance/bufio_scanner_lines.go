// bufio.Scanner over a strings.Reader: lines (with \r\n and a last line without a newline),
// empty lines, Text and Bytes, and Err at the end.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	input := "first line\r\nsecond\n\n  indented  \nlast without newline"
	sc := bufio.NewScanner(strings.NewReader(input))
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d %q %d\n", n, sc.Text(), len(sc.Bytes()))
	}
	fmt.Println(sc.Err(), sc.Scan(), sc.Text() == "")

	empty := bufio.NewScanner(strings.NewReader(""))
	fmt.Println(empty.Scan(), empty.Err())

	trailing := bufio.NewScanner(strings.NewReader("a\nb\n"))
	for trailing.Scan() {
		fmt.Print(trailing.Text(), ";")
	}
	fmt.Println()

	// A line longer than the first buffer (4096 bytes) grows it.
	long := strings.Repeat("x", 10000) + "\nshort"
	ls := bufio.NewScanner(strings.NewReader(long))
	for ls.Scan() {
		fmt.Println(len(ls.Text()))
	}
	fmt.Printf("%T %T\n", sc, bufio.ScanLines)
}
