// String and Error methods that block (a Mutex another goroutine holds, a channel) are
// ordinary Go code to fmt: the print waits for them, in every printing function and in go and
// defer statements, and fmt still catches their panics.
package main

import (
	"errors"
	"fmt"
	"os"
	"sync"
	"time"
)

type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) String() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return fmt.Sprintf("count=%d", c.n)
}

// bump holds the lock for a while, then counts one more.
func (c *Counter) bump(d time.Duration) {
	c.mu.Lock()
	time.Sleep(d)
	c.n++
	c.mu.Unlock()
}

type waitErr struct{ reply chan string }

func (e waitErr) Error() string { return "waited for " + <-e.reply }

type flaky struct{ gate chan bool }

func (f *flaky) String() string {
	if <-f.gate {
		panic("gate says no")
	}
	return "fine"
}

type guarded struct{ gate chan int }

func (g guarded) String() (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprint("recovered ", r)
		}
	}()
	n := <-g.gate
	return fmt.Sprint(10 / n)
}

func main() {
	c := &Counter{}
	for _, f := range []func(){
		func() { fmt.Println(c) },
		func() { fmt.Printf("%v|%s|%q\n", c, c, c) },
		func() { fmt.Print(fmt.Sprint(c, c), "\n") },
		func() { fmt.Println(fmt.Sprintln(c) == "count="+fmt.Sprint(c.n)+"\n") },
		func() { fmt.Fprintln(os.Stdout, "to stdout:", c) },
		func() { p := fmt.Sprintf; fmt.Println(p("value %v", c)) },
	} {
		go c.bump(20 * time.Millisecond)
		time.Sleep(5 * time.Millisecond)
		f()
	}

	e := waitErr{make(chan string)}
	go func() {
		time.Sleep(10 * time.Millisecond)
		e.reply <- "a reply"
	}()
	wrapped := fmt.Errorf("outer: %w", e)
	fmt.Println(wrapped, errors.Is(wrapped, e))

	f := &flaky{make(chan bool)}
	go func() { f.gate <- true; f.gate <- false }()
	fmt.Println("first:", f, "second:", f)

	g := guarded{make(chan int)}
	go func() { g.gate <- 0; g.gate <- 5 }()
	fmt.Printf("%v and %v\n", g, g)

	done := make(chan bool)
	go func() {
		fmt.Println("from a goroutine:", c)
		done <- true
	}()
	<-done
	var wg sync.WaitGroup
	wg.Add(1)
	go c.bump(10 * time.Millisecond)
	time.Sleep(2 * time.Millisecond)
	go func() {
		defer wg.Done()
		defer fmt.Println("deferred:", c)
	}()
	wg.Wait()
}
