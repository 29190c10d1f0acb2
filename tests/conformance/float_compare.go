// Float comparisons, including mixed with untyped constants.
package main

import "fmt"

func main() {
	a, b := 1.5, 2.25
	fmt.Println(a < b, a >= b, a*2 > b, a+0.75 == b)
}
