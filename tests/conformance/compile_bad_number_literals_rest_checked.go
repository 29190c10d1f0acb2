// Number and escape mistakes inside literals leave the program checked as a whole, as Go
// does: each literal's own error, then what else is wrong, in source order.
package main

import "fmt"

func main() {
	a := 08
	b := 1e
	c := 0b12
	d := '\400'
	e := "tab\q"
	fmt.Println(a, b, c, d, e, missing)
}
