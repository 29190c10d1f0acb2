// Lesson: a worker pool. Three workers share nine jobs through a buffered channel.
package main

import (
	"fmt"
	"sync"
	"time"
)

var jobs = make(chan int, 3) // room for three jobs waiting to be taken
var wg sync.WaitGroup

func worker(w int) {
	for j := range jobs {
		time.Sleep(time.Duration(j) * 100 * time.Millisecond) // job j takes j tenths
		fmt.Println("job", j, "done")
	}
	wg.Done()
}

func main() {
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w)
	}
	for j := 1; j <= 9; j++ {
		jobs <- j // waits while three jobs are already waiting
	}
	close(jobs) // no more jobs: each worker's range loop ends
	wg.Wait()
	fmt.Println("all 9 jobs done")
}
