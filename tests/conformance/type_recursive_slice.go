// A slice type whose elements are of its own type (type L []L) compiles and runs.
package main

import "fmt"

type L []L

func depth(l L) int {
	d := 0
	for _, x := range l {
		if n := depth(x) + 1; n > d {
			d = n
		}
	}
	return d
}

func main() {
	l := L{nil}
	fmt.Println(len(l), l[0] == nil)
	l = append(l, L{L{}, L{nil, nil}})
	fmt.Println(len(l), len(l[1]), len(l[1][1]), depth(l))
	fmt.Println(l)
	fmt.Printf("%v %T %T\n", l[1], l, l[1][0])
	var empty L
	fmt.Printf("%v %d %t\n", empty, len(empty), empty == nil)
}
