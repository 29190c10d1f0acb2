// os.Exit inside a sort.Slice less function ends the program there, with its exit code,
// whichever comparison it comes at.
package main

import (
	"fmt"
	"os"
	"sort"
)

func main() {
	xs := make([]int, 100)
	for i := range xs {
		xs[i] = (i * 37) % 101
	}
	n := 0
	sort.Slice(xs, func(i, j int) bool {
		n++
		if n == 150 {
			fmt.Println("exiting at comparison", n)
			os.Exit(3)
		}
		return xs[i] < xs[j]
	})
	fmt.Println("not reached", xs[0])
}
