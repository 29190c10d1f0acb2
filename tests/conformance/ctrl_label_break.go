// A labeled break leaves the outer loop.
package main

import "fmt"

func main() {
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if i*j == 2 {
				break outer
			}
			fmt.Println(i, j)
		}
	}
	fmt.Println("after")
}
