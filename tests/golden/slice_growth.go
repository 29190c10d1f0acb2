// slice_growth: the capacities append picks for several element sizes, as Go 1.19's
// runtime.growslice computes them (doubling, then the smoother step, then size classes).
package main

import "fmt"

func main() {
	var ints []int
	var bytes []byte
	var runes []rune
	var strs []string
	var i16 []int16
	var bools []bool
	var floats []float32
	var nested [][]int
	last := -1
	for i := 0; i < 2000; i++ {
		ints = append(ints, i)
		bytes = append(bytes, byte(i))
		runes = append(runes, rune(i))
		strs = append(strs, "x")
		i16 = append(i16, int16(i))
		bools = append(bools, i%2 == 0)
		floats = append(floats, float32(i))
		nested = append(nested, nil)
		if cap(ints) != last {
			last = cap(ints)
			fmt.Println(len(ints), cap(ints), cap(bytes), cap(runes), cap(strs), cap(i16), cap(bools), cap(floats), cap(nested))
		}
	}
	fmt.Println(cap(bytes), cap(runes), cap(strs), cap(i16), cap(bools), cap(floats), cap(nested))

	// Appending several at once can jump past double.
	a := append([]int(nil), 1, 2, 3)
	fmt.Println(len(a), cap(a))
	a = append(a, 4, 5, 6, 7, 8)
	fmt.Println(len(a), cap(a))
	b := append([]byte("hello"), " world, and more text"...)
	fmt.Println(string(b), len(b), cap(b))
	c := make([]int, 5, 6)
	c = append(c, 1, 2)
	fmt.Println(len(c), cap(c))
	d := make([]string, 300)
	d = append(d, "x")
	fmt.Println(len(d), cap(d))
	e := make([]int64, 1000)
	e = append(e, e...)
	fmt.Println(len(e), cap(e))
	var f []int
	f = append(f, f...)
	fmt.Println(f == nil, len(f), cap(f))
}
