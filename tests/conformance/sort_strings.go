// sort.Strings orders by bytes.
package main

import (
	"fmt"
	"sort"
)

func main() {
	xs := []string{"pear", "Apple", "fig", "apple", "é", "b"}
	sort.Strings(xs)
	fmt.Println(xs)
}
