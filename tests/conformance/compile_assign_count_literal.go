// More names than values in :=.
package main

import "fmt"

func main() {
	a, b := 1
	fmt.Println(a, b)
}
