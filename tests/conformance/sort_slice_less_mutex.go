// A less function that takes a Mutex another goroutine holds: the sorting goroutine parks
// in the middle of sort.Slice and sort.SliceStable, and goes on when the Mutex is free.
package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

type entry struct {
	name string
	rank int
}

func main() {
	var mu sync.Mutex
	ranks := map[string]int{"go": 3, "c": 1, "rust": 2, "zig": 2, "lua": 1, "ada": 3, "ml": 2,
		"sh": 1, "tcl": 3, "awk": 2, "r": 1, "d": 3, "nim": 2, "odin": 1}
	names := []string{"go", "c", "rust", "zig", "lua", "ada", "ml", "sh", "tcl", "awk", "r",
		"d", "nim", "odin"}
	mu.Lock()
	go func() {
		time.Sleep(50 * time.Millisecond)
		ranks["go"] = 0 // before anyone compares
		mu.Unlock()
	}()
	calls := 0
	sort.Slice(names, func(i, j int) bool {
		mu.Lock()
		defer mu.Unlock()
		calls++
		return ranks[names[i]] < ranks[names[j]]
	})
	fmt.Println(names, calls > 0)

	entries := make([]entry, 0, len(names))
	for _, n := range []string{"go", "c", "rust", "zig", "lua", "ada", "ml", "sh", "tcl", "awk"} {
		entries = append(entries, entry{n, ranks[n]})
	}
	done := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			mu.Lock()
			time.Sleep(time.Millisecond)
			mu.Unlock()
		}
		done <- true
	}()
	sort.SliceStable(entries, func(i, j int) bool {
		mu.Lock()
		defer mu.Unlock()
		return entries[i].rank > entries[j].rank
	})
	<-done
	fmt.Println(entries)
}
