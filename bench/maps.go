// maps: 1,000,000 inserts into a map, then 1,000,000 lookups.
package main

import "fmt"

func main() {
	m := map[int]int{}
	for i := 0; i < 1000000; i++ {
		m[i*7] = i
	}
	sum := 0
	for i := 0; i < 1000000; i++ {
		sum += m[i*7] - m[i*7+1]
	}
	fmt.Println(len(m), sum)
}
