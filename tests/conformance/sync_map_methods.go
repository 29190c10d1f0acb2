// sync.Map: every method of Go 1.19 on keys of several dynamic types, nil among them; Range
// stops when f returns false and sees each key once even while f deletes and stores.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type point struct{ x, y int }

func main() {
	var m sync.Map
	fmt.Println(m.Load("a"))
	m.Store("a", 1)
	m.Store(point{1, 2}, "a point")
	m.Store(3, "three")
	m.Store(int64(3), "three as int64")
	m.Store(nil, "the nil key")
	fmt.Println(m.Load("a"))
	fmt.Println(m.Load(point{1, 2}))
	fmt.Println(m.Load(3))
	fmt.Println(m.Load(int64(3)))
	fmt.Println(m.Load(nil))
	fmt.Println(m.LoadOrStore("a", 10))
	fmt.Println(m.LoadOrStore("c", 30))
	fmt.Println(m.LoadAndDelete(3))
	fmt.Println(m.LoadAndDelete(3))
	m.Delete("missing")
	m.Delete(nil)
	m.Store("a", "replaced")

	var seen []string
	m.Range(func(k, v any) bool {
		seen = append(seen, fmt.Sprintf("%v=%v", k, v))
		return true
	})
	sort.Strings(seen)
	fmt.Println(len(seen), seen)

	calls := 0
	m.Range(func(k, v any) bool {
		calls++
		return false
	})
	fmt.Println("calls until false:", calls)

	var squares sync.Map
	for i := 0; i < 50; i++ {
		squares.Store(i, i*i)
	}
	sum, visits := 0, 0
	squares.Range(func(k, v any) bool {
		squares.Delete(k)
		squares.Store(k.(int)+1000, 0)
		sum += v.(int)
		visits++
		return true
	})
	left := 0
	squares.Range(func(k, v any) bool { left++; return true })
	fmt.Println(sum, visits, left)
}
