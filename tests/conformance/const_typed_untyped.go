// Untyped constants take the type needed; typed constants keep theirs.
package main

import "fmt"

const big = 1 << 40
const typed int32 = 7

func main() {
	var f float64 = big
	var i int64 = big
	fmt.Println(f, i, typed)
	fmt.Printf("%T %T\n", big, typed)
}
