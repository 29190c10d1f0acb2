// The usual way to print a map in order: collect and sort the keys.
package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[string]int{"pear": 3, "apple": 1, "fig": 2}
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, m[k])
	}
}
