// Untyped constants are exact beyond 64 bits until they are used.
package main

import "fmt"

const huge = 1 << 100
const back = huge >> 98

func main() {
	fmt.Println(back)
	fmt.Println(huge / (1 << 90))
}
