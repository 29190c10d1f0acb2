// 1 << 64 overflows int.
package main

import "fmt"

func main() {
	x := 1 << 64
	fmt.Println(x)
}
