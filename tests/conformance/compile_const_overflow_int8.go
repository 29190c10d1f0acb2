// A constant expression overflows int8.
package main

import "fmt"

func main() {
	var x int8 = 100 + 100
	fmt.Println(x)
}
