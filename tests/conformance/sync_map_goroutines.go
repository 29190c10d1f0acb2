// sync.Map shared by goroutines: LoadOrStore keeps the first value stored for a key whoever
// stores it, and a Range whose f blocks on a channel lets other goroutines use the Map.
package main

import (
	"fmt"
	"sync"
)

type cache struct {
	sync.Map
	hits, misses int
	mu           sync.Mutex
}

func (c *cache) get(key int) int {
	v, loaded := c.LoadOrStore(key, key*key)
	c.mu.Lock()
	defer c.mu.Unlock()
	if loaded {
		c.hits++
	} else {
		c.misses++
	}
	return v.(int)
}

func main() {
	c := &cache{}
	var wg sync.WaitGroup
	total := make([]int, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				total[g] += c.get(i % 20)
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(total[0], total[7], c.hits, c.misses)

	var m sync.Map
	m.Store("only", 1)
	ready, release := make(chan bool), make(chan bool)
	go func() {
		<-ready
		m.Store("added while Range waits", 2)
		release <- true
	}()
	m.Range(func(k, v any) bool {
		ready <- true
		<-release
		fmt.Println("f saw", k, v)
		return true
	})
	v, ok := m.Load("added while Range waits")
	fmt.Println(v, ok)

	done := make(chan bool)
	go c.Range(func(k, v any) bool { return false })
	go func() {
		defer close(done)
		defer m.Range(func(k, v any) bool {
			if k == "only" {
				fmt.Println("deferred Range saw", k)
			}
			return true
		})
	}()
	<-done
	each := m.Range
	n := 0
	each(func(k, v any) bool { n++; return true })
	fmt.Println("method value saw", n)
}
