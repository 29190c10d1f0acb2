// A map from keys to slices, appended in place.
package main

import "fmt"

func main() {
	groups := map[bool][]int{}
	for i := 1; i <= 6; i++ {
		groups[i%2 == 0] = append(groups[i%2 == 0], i)
	}
	fmt.Println(groups)
}
