// sort.Reverse(nil): Go builds the reverse value, and sorting it dies calling Len on nil.
package main

import (
	"fmt"
	"sort"
)

func main() {
	r := sort.Reverse(nil)
	fmt.Printf("%T %v\n", r, r)
	sort.Sort(r)
	fmt.Println("not reached")
}
