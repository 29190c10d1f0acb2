// fmt.Sscan: spaces and newlines separate operands, the count and the error texts, and what
// a failed operand leaves behind.
package main

import (
	"fmt"
	"io"
)

func main() {
	show := func(n int, err error) { fmt.Printf("n=%d err=%v\n", n, err) }
	var i, j int
	var s string
	var f float64
	var b bool

	show(fmt.Sscan("12 34", &i, &j))
	fmt.Println(i, j)
	show(fmt.Sscan("  7\n\n 8  ", &i, &j))
	fmt.Println(i, j)
	show(fmt.Sscan("5\r\n6", &i, &j))
	fmt.Println(i, j)
	n, err := fmt.Sscan("", &i)
	fmt.Println(n, err, err == io.EOF)
	show(fmt.Sscan("   \n ", &i))
	show(fmt.Sscan("abc", &i))
	show(fmt.Sscan("12", &i, &j))
	show(fmt.Sscan("40 x", &i, &j))
	fmt.Println(i, j)
	show(fmt.Sscan("hello world 3.5 true", &s, &s, &f, &b))
	fmt.Println(s, f, b)
	show(fmt.Sscan("+5 0x1F", &i, &j))
	fmt.Println(i, j)
	show(fmt.Sscan("0b101 0o17 017 1_000 -0x10", &i, &i, &j, &j, &j))
	fmt.Println(i, j)
	show(fmt.Sscan("1.5", &i))
	fmt.Println(i)
	show(fmt.Sscan("1e3 .5 -Inf NaN", &f, &f, &f, &f))
	fmt.Println(f)
	show(fmt.Sscan("1.5p3", &f))
	fmt.Println(f)
	show(fmt.Sscan("0x1p-2", &f))
	fmt.Println(f)
	show(fmt.Sscan("x", &f))
	show(fmt.Sscan("1e", &f))
	show(fmt.Sscan("9999999999999999999999", &i))
	show(fmt.Sscan("1e999", &f))
	show(fmt.Sscan("12", i))
	show(fmt.Sscan("héllo wörld", &s))
	fmt.Println(s, len(s))
	show(fmt.Sscan("only", &s, &s))
	show(fmt.Sscan("a b c", &s, &s))
	fmt.Println(s)
	show(fmt.Sscan("1 2"))
}
