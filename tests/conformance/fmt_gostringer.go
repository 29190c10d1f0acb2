// %#v calls a GoString method (value or pointer receiver, promoted through embedding), pads
// its text, reaches it inside slices, maps and exported fields but not unexported ones, and
// reports its panic; other verbs call String instead. fmt.GoStringer names the interface.
package main

import "fmt"

type point struct{ X, Y int }

func (p point) GoString() string { return fmt.Sprintf("pt(%d, %d)", p.X, p.Y) }

type node struct{ N int }

func (n *node) GoString() string { return "node!" }

type label int

func (l label) String() string   { return "label" }
func (l label) GoString() string { return "label(gostring)" }

type shape struct {
	Corner point
	hidden point
	All    []point
}

type named struct {
	point
	Name string
}

type broken struct{}

func (broken) GoString() string { panic("no syntax today") }

func main() {
	p := point{1, 2}
	fmt.Printf("%#v %#v\n", p, &p)
	fmt.Printf("%v %+v\n", p, p)
	fmt.Printf("%#v\n", shape{p, p, []point{{3, 4}}})
	fmt.Printf("%#v %#v\n", node{1}, &node{2})
	fmt.Printf("%#v %v %s %#v\n", label(1), label(1), label(2), []label{3})
	fmt.Printf("%#v\n", map[string]point{"a": {5, 6}})
	fmt.Printf("[%#12v] [%-#12v]\n", p, p)
	fmt.Printf("%#v\n", named{point{7, 8}, "n"})
	fmt.Printf("%#v|%v\n", broken{}, broken{})
	var g fmt.GoStringer = p
	_, isValue := interface{}(node{}).(fmt.GoStringer)
	_, isPointer := interface{}(&node{}).(fmt.GoStringer)
	fmt.Println(g.GoString(), isValue, isPointer)
}
