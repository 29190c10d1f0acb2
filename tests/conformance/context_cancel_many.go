// Many goroutines derive contexts from one parent at once, some with short deadlines
// that expire first, while the parent is canceled: every child ends, with the error of
// whichever came first, and none is missed.
package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

func main() {
	parent, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	var mu sync.Mutex
	counts := map[string]int{}
	for i := 0; i < 200; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			timeout := time.Hour
			if i%4 == 0 {
				timeout = time.Millisecond
			}
			ctx, stop := context.WithTimeout(parent, timeout)
			defer stop()
			sub := context.WithValue(ctx, "i", i)
			leaf, stopLeaf := context.WithCancel(sub)
			defer stopLeaf()
			<-leaf.Done()
			mu.Lock()
			counts[leaf.Err().Error()]++
			mu.Unlock()
		}(i)
	}
	time.Sleep(200 * time.Millisecond)
	cancel()
	wg.Wait()
	fmt.Println(counts["context deadline exceeded"], counts["context canceled"], len(counts))
}
