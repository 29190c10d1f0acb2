// Slicing arrays: full and partial forms, a pointer to an array, appends that stay within
// the array's capacity and writes that show through.
package main

import "fmt"

type grid [4]int

func main() {
	var a [6]int
	for i := range a {
		a[i] = i * 10
	}
	s := a[:]
	t := a[2:4:5]
	fmt.Println(len(s), cap(s), len(t), cap(t), t)
	t = append(t, 99)
	fmt.Println(a)
	t = append(t, 100)
	t[0] = -1
	fmt.Println(a, t)
	p := &a
	u := p[4:]
	u[1] = 7
	fmt.Println(a[5], len(u))
	var g grid
	gs := g[1:3]
	gs[0] = 5
	fmt.Println(g, gs)
	b := a
	bs := b[:2]
	bs[0] = 42
	fmt.Println(a[0], b[0])
}
