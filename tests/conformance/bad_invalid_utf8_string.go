// Invalid UTF-8 inside a string literal is an error too.
package main

import "fmt"

func main() {
	fmt.Println(len("aÿb"))
}
