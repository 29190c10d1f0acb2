// A WaitGroup waits for all workers; the answer does not depend on their order.
package main

import (
	"fmt"
	"sync"
)

func main() {
	nums := []int{4, 17, 9, 23, 8}
	results := make([]int, len(nums))
	var wg sync.WaitGroup
	for i, n := range nums {
		wg.Add(1)
		go func(i, n int) {
			defer wg.Done()
			results[i] = n * n
		}(i, n)
	}
	wg.Wait()
	max := 0
	for _, r := range results {
		if r > max {
			max = r
		}
	}
	fmt.Println(results, max)
}
