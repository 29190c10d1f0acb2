// Fprintln works in a defer statement and in a go statement, like any library call.
package main

import (
	"fmt"
	"os"
	"strings"
	"sync"
)

func work(b *strings.Builder) {
	defer fmt.Fprintln(b, "deferred", 2)
	fmt.Fprintln(b, "body", 1)
}

func main() {
	var b strings.Builder
	work(&b)
	fmt.Print(b.String())
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		fmt.Fprintln(os.Stdout, "from a goroutine")
	}()
	wg.Wait()
	defer fmt.Fprintf(os.Stdout, "%s\n", "last")
}
