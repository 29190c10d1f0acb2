// A struct that embeds itself is refused.
package main

import "fmt"

type T struct{ T }

func main() {
	var t T
	fmt.Println(t)
}
