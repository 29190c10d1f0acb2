// sort.IntSlice: the conversion, its methods, sort.Sort and sort.Stable on it, and printing.
package main

import (
	"fmt"
	"sort"
)

func main() {
	xs := []int{5, 2, 8, -1, 2, 9}
	s := sort.IntSlice(xs)
	fmt.Println(s.Len(), s.Less(0, 1), s.Less(1, 0), s.Less(1, 4))
	s.Swap(0, 1)
	fmt.Println(xs)
	s.Sort()
	fmt.Println(s, xs)
	fmt.Printf("%v|%T|%d|%x|%+v\n", s, s, s, s, s)
	fmt.Printf("%#v\n", s)
	fmt.Println(s.Search(2), s.Search(3), s.Search(100), s.Search(-5))

	// A method value keeps the slice it was taken from.
	less := s.Less
	fmt.Println(less(0, 5), less(5, 0))

	var empty sort.IntSlice
	empty.Sort()
	fmt.Println(empty, empty == nil, len(empty), empty.Search(3), empty.Len())
	fmt.Printf("%#v %T\n", empty, empty)

	ys := sort.IntSlice{3, 1, 2}
	ys = append(ys, 0)
	sort.Stable(ys)
	fmt.Println(ys, ys[0], []int(ys), len(ys[1:]))
	var iface sort.Interface = ys
	fmt.Printf("%T %v\n", iface, iface)
	if v, ok := iface.(sort.IntSlice); ok {
		fmt.Println("is IntSlice", v)
	}
	for i, v := range ys {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	fmt.Println(sort.IsSorted(ys), sort.IsSorted(sort.IntSlice{2, 1}))
}
