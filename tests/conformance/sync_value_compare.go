// Structs holding a sync.Mutex compare and hash by the Mutex's state, as Go's == does:
// two fresh ones are equal, a locked one differs.
package main

import (
	"fmt"
	"sync"
)

type guarded struct {
	mu sync.Mutex
	n  int
}

func main() {
	fmt.Println(guarded{} == guarded{}, guarded{n: 1} == guarded{})
	var a, b guarded
	a.mu.Lock()
	fmt.Println(a == b)
	a.mu.Unlock()
	fmt.Println(a == b)
	seen := map[guarded]int{}
	seen[guarded{}]++
	seen[guarded{}]++
	seen[guarded{n: 2}]++
	fmt.Println(len(seen), seen[guarded{}])
	var x, y interface{} = sync.Mutex{}, sync.Mutex{}
	fmt.Println(x == y)
}
