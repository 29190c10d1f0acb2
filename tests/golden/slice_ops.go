// slice_ops: make, reslicing, 3-index slices, aliasing of shared arrays, copy and nil slices.
package main

import "fmt"

func main() {
	s := make([]int, 3, 10)
	fmt.Println(s, len(s), cap(s))
	t := s[1:5]
	t[0] = 7
	fmt.Println(s, t, len(t), cap(t))
	u := append(s, 100) // fits: writes into the shared array, t sees it
	fmt.Println(s, t, u)
	v := s[:2:2]
	v = append(v, 55) // full: a copy, s is untouched
	v[0] = -1
	fmt.Println(s, v, len(v), cap(v))
	w := s[2:]
	fmt.Println(len(w), cap(w), s[:0], s[3:3], s[:cap(s)])

	// copy, also overlapping and from a string.
	a := []int{1, 2, 3, 4, 5}
	n := copy(a[1:], a)
	fmt.Println(n, a)
	n = copy(a, a[2:])
	fmt.Println(n, a)
	b := make([]byte, 3)
	n = copy(b, "hello")
	fmt.Println(n, b, string(b))

	// nil and empty slices.
	var z []string
	fmt.Println(z == nil, len(z), cap(z), z, z[:], z[0:0] == nil)
	e := []string{}
	fmt.Println(e == nil, len(e), e != nil)
	z = append(z, "a")
	fmt.Println(z, z == nil)

	// strings slice to strings.
	str := "goroutine"
	fmt.Println(str[2:], str[:4], str[2:6], str[:], len(str[3:]))
	k := 4
	fmt.Println(str[k:], str[:k], str[k-1:k+1])

	// slices of slices.
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, i+1)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid, len(grid[2]))
	grid[1] = append(grid[1], 9)
	fmt.Println(grid)
	fmt.Printf("%v %d %T %T\n", a, a, a, grid)
}
