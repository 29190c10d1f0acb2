// A named function type with a method.
package main

import "fmt"

type Handler func(string) string

func (h Handler) Twice(s string) string { return h(h(s)) }

func main() {
	h := Handler(func(s string) string { return s + "!" })
	fmt.Println(h.Twice("hi"))
}
