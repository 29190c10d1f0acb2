// loops: 10^8 iterations of nested loops with wrap-around int32 arithmetic,
// the interpreter's dispatch loop and nothing else.
package main

import "fmt"

func main() {
	var sum int32 = 0
	for i := 0; i < 10000; i++ {
		for j := 0; j < 10000; j++ {
			sum = sum*31 + int32(i+j)
		}
	}
	fmt.Println(sum)
}
