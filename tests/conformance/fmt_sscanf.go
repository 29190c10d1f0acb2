// fmt.Sscanf: verbs, widths, literal text, spaces and newlines in format and input, and the
// errors for mismatches and miscounted operands.
package main

import "fmt"

func main() {
	show := func(n int, err error) { fmt.Printf("n=%d err=%v\n", n, err) }
	var i, j int
	var s, t string
	var f float64
	var b bool
	var r rune
	var u uint8

	show(fmt.Sscanf("age: 42 name: bob", "age: %d name: %s", &i, &s))
	fmt.Println(i, s)
	show(fmt.Sscanf("3,4", "%d,%d", &i, &j))
	fmt.Println(i, j)
	show(fmt.Sscanf("3, 4", "%d,%d", &i, &j))
	show(fmt.Sscanf("5 , 6", "%d , %d", &i, &j))
	fmt.Println(i, j)
	show(fmt.Sscanf("ff 17 101 7F", "%x %o %b %X", &i, &j, &i, &u))
	fmt.Println(i, j, u)
	show(fmt.Sscanf(`"quoted \"str\"" rest`, "%q %s", &s, &t))
	fmt.Println(s, t)
	show(fmt.Sscanf("`raw\\n` x", "%q", &s))
	fmt.Println(s)
	show(fmt.Sscanf(`"unterminated`, "%q", &s))
	show(fmt.Sscanf(`plain`, "%q", &s))
	show(fmt.Sscanf(`"bad \q"`, "%q", &s))
	show(fmt.Sscanf("68656c6c6f", "%x", &s))
	fmt.Println(s)
	show(fmt.Sscanf("zz", "%x", &s))
	show(fmt.Sscanf("6z", "%x", &s))
	show(fmt.Sscanf("2.5e1 true", "%f %t", &f, &b))
	fmt.Println(f, b)
	show(fmt.Sscanf("1 2", "%d", &i))
	show(fmt.Sscanf("1", "%d %d", &i, &j))
	show(fmt.Sscanf("1\n2", "%d %d", &i, &j))
	show(fmt.Sscanf("1\n2", "%d\n%d", &i, &j))
	fmt.Println(i, j)
	show(fmt.Sscanf("1 \n  2", "%d \n %d", &i, &j))
	fmt.Println(i, j)
	show(fmt.Sscanf("1 2", "%d\n%d", &i, &j))
	show(fmt.Sscanf("x", "%d", &i))
	show(fmt.Sscanf("5", "%s", &i))
	show(fmt.Sscanf("5", "%d", &s))
	show(fmt.Sscanf("5", "%d", &f))
	show(fmt.Sscanf("5", "%x", &b))
	show(fmt.Sscanf("12abc", "%d%s", &i, &s))
	fmt.Println(i, s)
	show(fmt.Sscanf("12", "%d %d"))
	show(fmt.Sscanf("12", "%d", &i, &j))
	show(fmt.Sscanf("hello", "%3s%s", &s, &t))
	fmt.Println(s, t)
	show(fmt.Sscanf("123456", "%2d%3d", &i, &j))
	fmt.Println(i, j)
	show(fmt.Sscanf("x:1", "y:%d", &i))
	show(fmt.Sscanf("x:", "x:%d", &i))
	show(fmt.Sscanf("", "x%d", &i))
	show(fmt.Sscanf("100%", "%d%%", &i))
	show(fmt.Sscanf("100", "%d%%", &i))
	show(fmt.Sscanf("100 %", "%d %%", &i))
	show(fmt.Sscanf("7", "%d%", &i))
	show(fmt.Sscanf("A B", "%c %c", &r, &u))
	fmt.Println(r, u)
	show(fmt.Sscanf(" A", "%c", &r))
	fmt.Println(r)
	show(fmt.Sscanf("é", "%c", &u))
	show(fmt.Sscanf("U+1F600", "%U", &r))
	fmt.Println(r)
	show(fmt.Sscanf("7", "%v", &i))
	show(fmt.Sscanf("", "%d", &i))
	show(fmt.Sscanf("", ""))
	show(fmt.Sscanf("abc", "abc"))
	show(fmt.Sscanf("abc", "abd"))
	show(fmt.Sscanf("3 apples", "%d apples", &i))
	fmt.Println(i)
}
