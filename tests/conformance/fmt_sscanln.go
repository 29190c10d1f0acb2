// fmt.Sscanln: a newline ends the operands, and what follows the last one must end the line.
package main

import "fmt"

func main() {
	show := func(n int, err error) { fmt.Printf("n=%d err=%v\n", n, err) }
	var i, j int
	var s string
	show(fmt.Sscanln("1 2\n3", &i, &j))
	fmt.Println(i, j)
	show(fmt.Sscanln("4\n5", &i, &j))
	fmt.Println(i, j)
	show(fmt.Sscanln("1 2 3", &i, &j))
	show(fmt.Sscanln("1 2   \n junk", &i, &j))
	show(fmt.Sscanln("", &i))
	show(fmt.Sscanln("\n", &i))
	show(fmt.Sscanln("  6  \n", &i))
	fmt.Println(i)
	show(fmt.Sscanln("7\r\n", &i))
	fmt.Println(i)
	show(fmt.Sscanln("word\nnext", &s))
	fmt.Println(s)
	show(fmt.Sscanln("8 x", &i, &j))
	show(fmt.Sscanln("9", &i, &j))
	show(fmt.Sscanln("\n"))
	show(fmt.Sscanln("extra"))
}
