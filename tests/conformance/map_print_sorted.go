// fmt prints maps with their keys sorted.
package main

import "fmt"

func main() {
	m := map[string]int{"zeta": 1, "alpha": 2, "mid": 3}
	fmt.Println(m)
	n := map[int]bool{3: true, -1: false, 10: true}
	fmt.Println(n)
}
