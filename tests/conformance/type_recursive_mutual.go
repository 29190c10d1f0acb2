// Types that refer to themselves and to each other through slices, maps and pointers, and
// how fmt prints their values.
package main

import "fmt"

type Node struct {
	Name     string
	Children []Node
	Parent   *Node
}

type Dir struct {
	Files []File
	Subs  map[string]Dir
}

type File struct {
	Name string
	In   *Dir
}

type Ring struct {
	V    int
	Next *Ring
}

func main() {
	root := Node{Name: "root"}
	root.Children = append(root.Children, Node{Name: "a"}, Node{Name: "b", Children: []Node{{Name: "c"}}})
	fmt.Println(len(root.Children), root.Children[1].Children[0].Name)
	fmt.Printf("%v\n%+v\n", root, root.Children[1])

	d := Dir{Subs: map[string]Dir{}}
	d.Files = append(d.Files, File{Name: "x.go"})
	d.Subs["lib"] = Dir{Files: []File{{Name: "y.go", In: &d}}}
	fmt.Println(len(d.Subs["lib"].Files), d.Subs["lib"].Files[0].In == &d)
	fmt.Printf("%v %T %T\n", d.Files, d.Subs, d.Subs["lib"].Files[0].In)

	r := &Ring{V: 1}
	r.Next = &Ring{V: 2, Next: r}
	fmt.Println(r.Next.Next.V, r.Next.Next == r)
	fmt.Printf("%T %v\n", *r.Next, r.Next.Next.Next.V)
}
