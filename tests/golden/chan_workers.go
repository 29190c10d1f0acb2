// A worker pool: jobs on a buffered channel, results collected on another.
package main

import (
	"fmt"
	"sync"
)

var jobs = make(chan int, 10)
var results = make(chan int, 10)
var wg sync.WaitGroup

func worker(id int) {
	for j := range jobs {
		results <- j * j
	}
	wg.Done()
}

func main() {
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w)
	}
	for i := 1; i <= 9; i++ {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	fmt.Println("results waiting:", len(results))
	close(results)
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println("sum of squares:", sum, len(results), len(jobs))
}
