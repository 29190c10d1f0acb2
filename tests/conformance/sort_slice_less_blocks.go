// A less function may block: here it asks another goroutine for each answer.
package main

import (
	"fmt"
	"sort"
)

func main() {
	xs := []int{5, 2, 8, 1}
	questions := make(chan [2]int)
	answers := make(chan bool)
	go func() {
		for q := range questions {
			answers <- q[0] < q[1]
		}
	}()
	sort.Slice(xs, func(i, j int) bool {
		questions <- [2]int{xs[i], xs[j]}
		return <-answers
	})
	close(questions)
	fmt.Println(xs)
}
