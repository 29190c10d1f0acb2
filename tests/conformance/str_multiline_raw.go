// A raw string keeps its newlines; carriage returns are dropped.
package main

import "fmt"

func main() {
	s := `line one
line two`
	fmt.Println(s)
	fmt.Println(len(s))
}
