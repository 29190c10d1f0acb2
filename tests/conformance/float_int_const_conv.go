// A float constant with an integer value converts to int exactly.
package main

import "fmt"

func main() {
	const c = 5.0
	var i int = c
	fmt.Println(i, int(1e9))
}
