// Structs, methods, pointers, embedding and arrays.
package main

import "fmt"

type Point struct {
	X, Y int
}

func (p Point) Sum() int { return p.X + p.Y }

func (p *Point) Move(dx int) { p.X += dx }

type Counter int

func (c *Counter) Inc() { *c++ }

type Named struct {
	Point
	Name string
}

func makeCounter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func main() {
	p := Point{1, 2}
	q := p
	q.X = 10
	fmt.Println(p, q, p.Sum())
	p.Move(5)
	fmt.Println(p)
	pp := &p
	pp.Move(1)
	fmt.Println(*pp, pp.X, pp)
	var c Counter
	c.Inc()
	c.Inc()
	fmt.Println(c)
	x := 5
	px := &x
	*px = 7
	fmt.Println(x, *px)
	next := makeCounter()
	next()
	fmt.Println(next(), next())
	n := Named{Point{3, 4}, "a"}
	fmt.Println(n.X, n.Sum(), n)
	fmt.Printf("%v %+v %#v %T\n", n, n, n, &n)
	var arr [3]int
	arr[1] = 5
	b := arr
	b[0] = 9
	fmt.Println(arr, b, len(arr), arr == b)
	ip := new(int)
	*ip += 3
	fmt.Println(*ip)
	var funcs [3]func()
	for i := 0; i < 3; i++ {
		funcs[i] = func() { fmt.Print(i, " ") }
	}
	for _, f := range funcs {
		f()
	}
	fmt.Println()
	fmt.Println(p == Point{7, 2}, pp != nil)
}
