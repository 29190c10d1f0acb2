// slice_bounds_string: strings report their length, and negative bounds the short form.
package main

import "fmt"

func main() {
	s := "hey"
	i := -1
	defer fmt.Println("deferred still runs")
	fmt.Println(s[1:])
	fmt.Println(s[:len(s)+i+2])
}
