// loops: nested loops over a slice with wrap-around integer arithmetic.
package main

import "fmt"

var data = []int{3, 1, 4, 1, 5, 9, 2, 6, 5, 3}

func main() {
	var sum int32 = 0
	for round := 0; round < 200000; round++ {
		for i := 0; i < len(data); i++ {
			sum = sum*31 + int32(data[i]+round)
		}
	}
	fmt.Println(sum)
}
