// sort.StringSlice and sort.Float64Slice: methods, Search, NaN ordering, printing.
package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	ws := sort.StringSlice{"delta", "alpha", "Charlie", "bravo", "", "alpha"}
	fmt.Println(ws.Len(), ws.Less(0, 1), ws.Less(2, 3), ws.Less(4, 0))
	ws.Sort()
	fmt.Printf("%q %T\n", ws, ws)
	fmt.Printf("%v|%#v\n", ws, ws)
	fmt.Println(ws.Search("alpha"), ws.Search("b"), ws.Search("zulu"), ws.Search(""))
	ws.Swap(0, len(ws)-1)
	fmt.Println(ws, sort.IsSorted(ws))

	plain := []string{"b", "c", "a"}
	sort.StringSlice(plain).Sort()
	fmt.Println(plain)

	fs := sort.Float64Slice{2.5, math.NaN(), -1, math.Inf(1), 0, math.Inf(-1), math.NaN(), 2.5}
	fmt.Println(fs.Less(1, 0), fs.Less(0, 1), fs.Less(1, 6), fs.Less(2, 0))
	fs.Sort()
	fmt.Println(fs, fs.Len())
	fmt.Printf("%v|%T|%.2f\n", fs, fs, fs)
	fmt.Println(fs.Search(2.5), fs.Search(1), fs.Search(math.Inf(1)), fs.Search(-10))
	sort.Sort(sort.Reverse(fs))
	fmt.Println(fs)
	fmt.Printf("%#v\n", sort.Float64Slice{1, 0.5})
	var iface sort.Interface = fs
	fmt.Printf("%T\n", iface)
}
