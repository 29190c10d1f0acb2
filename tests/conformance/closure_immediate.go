// A function literal called where it is written.
package main

import "fmt"

func main() {
	v := func(a, b int) int { return a * b }(6, 7)
	fmt.Println(v)
	func() {
		fmt.Println("inside")
	}()
}
