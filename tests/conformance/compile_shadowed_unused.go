// A shadowing variable that is not used is reported.
package main

import "fmt"

func main() {
	x := 1
	if true {
		x := 2
	}
	fmt.Println(x)
}
