// Untyped float constants are exact: 0.1 + 0.2 == 0.3 as constants.
package main

import "fmt"

const x = 0.1 + 0.2

func main() {
	fmt.Println(x == 0.3)
	a, b := 0.1, 0.2
	fmt.Println(a+b == 0.3)
}
