// WithDeadline and WithTimeout: Deadline reports the instant; a deadline already past
// cancels at once; a parent that expires first makes the child a plain WithCancel; a
// cancel before the deadline stops the timer, so the error stays Canceled.
package main

import (
	"context"
	"fmt"
	"runtime"
	"time"
)

func main() {
	bg := context.Background()
	d, ok := bg.Deadline()
	fmt.Println("background:", d.IsZero(), ok, bg.Done() == nil, bg.Err())

	start := time.Now()
	ctx, cancel := context.WithTimeout(bg, 200*time.Millisecond)
	d, ok = ctx.Deadline()
	fmt.Println("timeout:", ok, d.Sub(start) >= 200*time.Millisecond, d.Sub(start) < time.Second)
	child := context.WithValue(ctx, "k", 1)
	cd, cok := child.Deadline()
	fmt.Println("child sees it:", cok, cd.Equal(d))
	longer, cancelLonger := context.WithTimeout(ctx, time.Hour)
	fmt.Printf("longer under shorter: %T\n", longer)
	ld, _ := longer.Deadline()
	fmt.Println("  its deadline is the parent's:", ld.Equal(d))
	shorter, cancelShorter := context.WithTimeout(ctx, 50*time.Millisecond)
	fmt.Printf("shorter: %T\n", shorter)
	<-shorter.Done()
	fmt.Println("shorter:", shorter.Err(), "parent:", ctx.Err())
	<-longer.Done()
	fmt.Println("longer:", longer.Err(), "parent:", ctx.Err(), "child:", child.Err())
	cancel()
	cancelLonger()
	cancelShorter()
	fmt.Println("after cancel:", ctx.Err())

	past, cancelPast := context.WithDeadline(bg, time.Now().Add(-time.Second))
	fmt.Println("past:", past.Err())
	cancelPast()
	fmt.Println("past after cancel:", past.Err())

	stopped, stop := context.WithTimeout(bg, 30*time.Millisecond)
	stop()
	time.Sleep(60 * time.Millisecond)
	fmt.Println("stopped:", stopped.Err())
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
