// A map type whose values are of its own type (type Tree map[string]Tree) builds a tree.
package main

import "fmt"

type Tree map[string]Tree

func (t Tree) add(path ...string) {
	node := t
	for _, p := range path {
		next, ok := node[p]
		if !ok {
			next = Tree{}
			node[p] = next
		}
		node = next
	}
}

func (t Tree) count() int {
	n := len(t)
	for _, c := range t {
		n += c.count()
	}
	return n
}

func main() {
	t := Tree{}
	fmt.Println(len(t))
	t.add("usr", "bin")
	t.add("usr", "lib", "go")
	t.add("etc")
	fmt.Println(len(t), t.count(), len(t["usr"]))
	fmt.Println(t)
	fmt.Printf("%T %v %T\n", t["etc"], t["etc"] == nil, t["missing"])
}
