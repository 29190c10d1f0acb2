// A bounded queue built on two sync.Conds sharing one Mutex: producers wait while
// it is full, consumers while it is empty. The sum proves nothing was lost.
package main

import (
	"fmt"
	"sync"
)

type queue struct {
	mu       sync.Mutex
	notFull  *sync.Cond
	notEmpty *sync.Cond
	items    []int
	max      int
}

func newQueue(max int) *queue {
	q := &queue{max: max}
	q.notFull = sync.NewCond(&q.mu)
	q.notEmpty = sync.NewCond(&q.mu)
	return q
}

func (q *queue) put(v int) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == q.max {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal()
}

func (q *queue) get() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 {
		q.notEmpty.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	return v
}

func main() {
	q := newQueue(2)
	var wg sync.WaitGroup
	for p := 0; p < 3; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			for i := 1; i <= 100; i++ {
				q.put(p*1000 + i)
			}
		}(p)
	}
	sum := 0
	for i := 0; i < 300; i++ {
		sum += q.get()
	}
	wg.Wait()
	fmt.Println("sum", sum, "left", len(q.items))
}
