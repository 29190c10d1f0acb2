// + is not defined on bools.
package main

import "fmt"

func main() {
	t := true
	fmt.Println(t + t)
}
