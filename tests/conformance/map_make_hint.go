// make(map, n) takes a size hint that does not change len.
package main

import "fmt"

func main() {
	m := make(map[int]int, 100)
	fmt.Println(len(m))
	m[1] = 1
	fmt.Println(len(m))
}
