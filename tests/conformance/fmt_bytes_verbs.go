// Byte slices and byte arrays print as text under %s %q %x %X, with widths and flags;
// a Stringer prints its String under %x.
package main

import "fmt"

type raw []byte

type color int

func (c color) String() string { return [...]string{"red", "green"}[c] }

func main() {
	b := []byte{0, 'a', 0xff, '"'}
	fmt.Printf("%x|%X|% x|%#x|%# X|%q|%s|\n", b, b, b, b, b, b, b[1:2])
	fmt.Printf("%8s|%-6x|%.2x|%v|%d\n", []byte("go"), []byte("go"), []byte("gopher"), b, b)
	arr := [3]byte{'a', 'b', 'c'}
	fmt.Printf("%s %x %v\n", arr, arr, arr)
	fmt.Printf("%s %x %v\n", raw("hi"), raw("hi"), raw("hi"))
	var none []byte
	fmt.Printf("[%s] [%x] %v %q\n", none, none, none, none)
	fmt.Printf("%x %X %s %v %d\n", color(1), color(0), color(1), color(0), color(1))
	fmt.Printf("%#b %#o %x %08x %-8X|\n", 6, 6, "é", "ab", "ab")
}
