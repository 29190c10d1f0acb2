// Structs and arrays work as map keys.
package main

import "fmt"

type point struct{ x, y int }

func main() {
	m := map[point]string{{1, 2}: "a"}
	m[point{3, 4}] = "b"
	fmt.Println(m[point{1, 2}], m[point{3, 4}], len(m))
	a := map[[2]int]int{{1, 1}: 5}
	fmt.Println(a[[2]int{1, 1}])
}
