// nil pointers, maps, slices and interfaces print in their own ways.
package main

import "fmt"

func main() {
	var p *int
	var m map[string]int
	var s []int
	var i interface{}
	var e error
	fmt.Println(p, m, s, i, e)
	fmt.Printf("%v %v %d %s\n", i, e, s, m)
}
