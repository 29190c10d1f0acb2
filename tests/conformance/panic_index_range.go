// Index out of range inside a nested call.
package main

import "fmt"

func get(xs []int, i int) int { return xs[i] }

func main() {
	fmt.Println(get([]int{1, 2, 3}, 1))
	fmt.Println(get([]int{1, 2, 3}, 5))
}
