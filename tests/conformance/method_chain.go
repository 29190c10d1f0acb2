// Methods returning the receiver can be chained.
package main

import "fmt"

type B struct{ parts []string }

func (b *B) Add(s string) *B {
	b.parts = append(b.parts, s)
	return b
}

func main() {
	b := &B{}
	b.Add("a").Add("b").Add("c")
	fmt.Println(b.parts)
}
