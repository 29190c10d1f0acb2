// A variadic parameter is a slice inside the function.
package main

import "fmt"

func sum(prefix string, nums ...int) string {
	total := 0
	for _, n := range nums {
		total += n
	}
	return fmt.Sprint(prefix, len(nums), " ", total)
}

func main() {
	fmt.Println(sum("a"))
	fmt.Println(sum("b", 1, 2, 3))
	xs := []int{4, 5}
	fmt.Println(sum("c", xs...))
}
