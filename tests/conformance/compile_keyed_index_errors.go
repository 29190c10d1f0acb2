// Keys of slice and array literals must be distinct, non-negative integer constants.
package main

func main() {
	_ = []int{1: 1, 1: 2}
	_ = [3]int{0: 1, 0: 2}
	_ = []int{-1: 1}
	_ = []int{1.5: 1}
	n := 2
	_ = []int{n: 1}
	_ = []int{"a": 1}
	_ = []int{0: 1, 2}
	_ = []int{1: 0, 0, 1: 5}
}
