// A String method that prints the next node: Go's stack holds thousands of levels of it,
// and so must ours (the nested prints may not pile up on the host's stack).
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Node struct {
	v    int
	next *Node
}

func (n *Node) String() string {
	if n == nil {
		return "end"
	}
	return fmt.Sprintf("%d>%v", n.v, n.next)
}

type chainErr struct {
	depth int
	inner error
}

func (e *chainErr) Error() string {
	if e.inner == nil {
		return "root"
	}
	return fmt.Sprint(e.depth, ": ", e.inner)
}

func (e *chainErr) Unwrap() error { return e.inner }

// A value method reached through a pointer, and a panic deep down that fmt catches there.
type Cell struct {
	v    int
	next *Cell
}

func (c Cell) String() string {
	if c.v == 1500 {
		panic(fmt.Sprintf("bad cell %d", c.v))
	}
	if c.next == nil {
		return "."
	}
	return fmt.Sprint(c.v%10, c.next)
}

func main() {
	var head *Node
	for i := 0; i < 3000; i++ {
		head = &Node{i, head}
	}
	s := head.String()
	fmt.Println(len(s), s[:30], s[len(s)-20:])
	fmt.Printf("%.25v|\n", head)

	var err error = &chainErr{0, nil}
	for i := 1; i <= 2000; i++ {
		err = &chainErr{i, err}
	}
	text := fmt.Errorf("top: %w", err).Error()
	fmt.Println(len(text), text[:22], strings.Count(text, ": "))
	fmt.Println(errors.Unwrap(err) != nil)

	var cells *Cell
	for i := 0; i < 2000; i++ {
		cells = &Cell{i, cells}
	}
	out := fmt.Sprintln(cells)
	fmt.Println(len(out), out[:12], out[len(out)-60:])
}
