// A rune literal that is not closed.
package main

import "fmt"

func main() {
	fmt.Println('a)
}
