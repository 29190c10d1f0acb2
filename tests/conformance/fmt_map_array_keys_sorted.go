// fmt prints a map with array keys (and structs holding arrays) in key order, element by
// element, whatever order the keys went in.
package main

import "fmt"

type cell struct {
	At  [2]int
	Tag string
}

func main() {
	m := map[[2]int]string{}
	for _, k := range [][2]int{{3, 1}, {1, 9}, {3, 0}, {-2, 5}, {1, -9}} {
		m[k] = fmt.Sprint(k[0] * k[1])
	}
	fmt.Println(m)
	s := map[cell]bool{{[2]int{2, 2}, "b"}: true, {[2]int{2, 1}, "z"}: false, {[2]int{2, 2}, "a"}: true}
	fmt.Printf("%v\n%+v\n", s, s)
	f := map[[2]float64]int{{1, 2}: 1, {0.5, 3}: 2, {1, -1}: 3}
	fmt.Println(f)
}
