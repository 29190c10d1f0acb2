// if with an init statement scopes the variable to the if and its else.
package main

import "fmt"

func main() {
	if n := 7; n%2 == 0 {
		fmt.Println(n, "even")
	} else if m := n * 2; m > 10 {
		fmt.Println(n, m, "big")
	} else {
		fmt.Println("small")
	}
}
