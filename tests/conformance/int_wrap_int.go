// int is 64 bits wide and wraps like int64.
package main

import "fmt"

func main() {
	x := 1
	for i := 0; i < 63; i++ {
		x *= 2
	}
	fmt.Println(x)
	fmt.Println(x - 1)
}
