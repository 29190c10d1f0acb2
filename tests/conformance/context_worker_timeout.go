// The usual shape: a worker selects on ctx.Done() and its result channel; a timeout
// shorter than the work ends the wait with context.DeadlineExceeded, a longer one lets
// the result through, and defer cancel() releases the context either way.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func slowWork(ctx context.Context, d time.Duration) (string, error) {
	result := make(chan string, 1)
	go func() {
		time.Sleep(d)
		result <- fmt.Sprint("done after ", d)
	}()
	select {
	case r := <-result:
		return r, nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func run(timeout, work time.Duration) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	r, err := slowWork(ctx, work)
	fmt.Printf("timeout %v, work %v: %q %v\n", timeout, work, r, err)
	fmt.Println("  deadline exceeded:", errors.Is(err, context.DeadlineExceeded),
		"ctx.Err:", ctx.Err())
}

func main() {
	start := time.Now()
	run(50*time.Millisecond, 300*time.Millisecond)
	run(300*time.Millisecond, 50*time.Millisecond)
	elapsed := time.Since(start)
	fmt.Println("elapsed under 400ms:", elapsed < 400*time.Millisecond)
	wrapped := fmt.Errorf("fetch: %w", context.DeadlineExceeded)
	fmt.Println(wrapped, errors.Is(wrapped, context.DeadlineExceeded),
		errors.Is(wrapped, context.Canceled))
}
