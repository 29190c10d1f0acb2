// Assigning a struct copies it.
package main

import "fmt"

type box struct{ n int }

func main() {
	a := box{1}
	b := a
	b.n = 2
	fmt.Println(a.n, b.n)
}
