// An untyped constant shift count must be representable as uint: go build reports a
// fraction as truncated and a string as not convertible, at the count.
package main

import "fmt"

func main() {
	x := 3
	var f float64 = 2
	fmt.Println(x<<1.5, x<<"a", x<<-1.5, x<<f, x<<2.0)
}
