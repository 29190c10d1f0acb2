// Range values are copies; modify structs in a slice by index.
package main

import "fmt"

type item struct{ qty int }

func main() {
	items := []item{{1}, {2}}
	for _, it := range items {
		it.qty = 100
	}
	fmt.Println(items)
	for i := range items {
		items[i].qty *= 10
	}
	fmt.Println(items)
}
