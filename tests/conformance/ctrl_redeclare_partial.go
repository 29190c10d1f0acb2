// := may reuse an existing variable when at least one new one appears.
package main

import "fmt"

func pair() (int, int) { return 5, 6 }

func main() {
	a := 1
	a, b := pair()
	fmt.Println(a, b)
}
