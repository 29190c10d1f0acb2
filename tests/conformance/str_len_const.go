// len of a constant string is a constant.
package main

import "fmt"

const greeting = "hello, 世界"

var arr [len(greeting)]byte

func main() {
	fmt.Println(len(arr), len(greeting))
}
