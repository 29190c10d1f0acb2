// Cancelling a context cancels its whole subtree (through WithValue links too), and
// only that: a sibling and the parent go on. Goroutines of the tree all see Done.
package main

import (
	"context"
	"fmt"
	"sync"
)

type key string

func worker(ctx context.Context, name string, wg *sync.WaitGroup, out chan<- string) {
	defer wg.Done()
	<-ctx.Done()
	out <- fmt.Sprintf("%s: %v (%v)", name, ctx.Err(), ctx.Value(key("team")))
}

func main() {
	root, cancelRoot := context.WithCancel(context.Background())
	defer cancelRoot()
	a, cancelA := context.WithCancel(root)
	b, cancelB := context.WithCancel(root)
	defer cancelB()
	a1 := context.WithValue(a, key("team"), "a")
	a2, cancelA2 := context.WithCancel(a1)
	defer cancelA2()
	a3, cancelA3 := context.WithCancel(a2)
	defer cancelA3()

	var wg sync.WaitGroup
	out := make(chan string, 10)
	for name, ctx := range map[string]context.Context{"a": a, "a2": a2, "a3": a3} {
		wg.Add(1)
		go worker(ctx, name, &wg, out)
	}
	cancelA()
	wg.Wait()
	close(out)
	got := map[string]string{}
	for s := range out {
		got[s[:2]] = s
	}
	fmt.Println(got["a:"])
	fmt.Println(got["a2"])
	fmt.Println(got["a3"])
	fmt.Println("root:", root.Err(), "b:", b.Err(), "a1:", a1.Err())

	// A child of a canceled parent is canceled at birth; its Done is closed already.
	late, cancelLate := context.WithCancel(a2)
	defer cancelLate()
	select {
	case <-late.Done():
		fmt.Println("late:", late.Err())
	default:
		fmt.Println("late: not canceled")
	}
	cancelA() // a second cancel does nothing
	cancelRoot()
	fmt.Println("root:", root.Err(), "b:", b.Err(), "a:", a.Err())
	_, ok := <-b.Done()
	fmt.Println("b done closed:", !ok)
}
