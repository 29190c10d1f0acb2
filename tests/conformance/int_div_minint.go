// The most negative value divided by -1 wraps to itself; the remainder is 0.
package main

import "fmt"

func main() {
	var x int64 = -9223372036854775808
	d := int64(-1)
	fmt.Println(x/d, x%d)
	var y int8 = -128
	e := int8(-1)
	fmt.Println(y/e, y%e)
}
