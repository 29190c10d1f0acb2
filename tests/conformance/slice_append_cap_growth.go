// The capacities append chooses as a slice of ints grows one at a time.
package main

import "fmt"

func main() {
	var s []int
	last := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != last {
			last = cap(s)
			fmt.Println(len(s), cap(s))
		}
	}
}
