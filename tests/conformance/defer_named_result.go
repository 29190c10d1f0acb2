// A deferred closure can change a named result.
package main

import "fmt"

func double() (n int) {
	defer func() { n *= 2 }()
	n = 5
	return n + 1
}

func main() {
	fmt.Println(double())
}
