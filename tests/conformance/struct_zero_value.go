// Unset fields take their zero values.
package main

import "fmt"

type T struct {
	I int
	S string
	B bool
	F float64
	L []int
	M map[string]int
}

func main() {
	var t T
	fmt.Println(t.I, t.S == "", t.B, t.F, t.L == nil, t.M == nil)
	fmt.Printf("%+v\n", t)
}
