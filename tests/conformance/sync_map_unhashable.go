// A slice is no key for a sync.Map: Store panics as a map index would, and recover sees it.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var m sync.Map
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		m.Store([]int{1}, "slice")
	}()
	m.Store("fine", 1)
	fmt.Println(m.Load("fine"))
	m.Load(map[string]int{})
}
