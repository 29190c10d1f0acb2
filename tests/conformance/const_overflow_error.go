// A typed constant that overflows is a compile error.
package main

import "fmt"

const small int8 = 200

func main() {
	fmt.Println(small)
}
