// Pointers, channels, maps, slices and funcs print as addresses (%v, %p, %x, %d, nested):
// the digits are Go's own business, so this prints their shape and which ones are equal.
package main

import (
	"fmt"
	"strings"
)

type item struct{ N int }

func shape(s string) string {
	if strings.HasPrefix(s, "0x") && len(s) > 3 && strings.Trim(s[2:], "0123456789abcdef") == "" {
		return "addr"
	}
	return "not an address: " + s
}

func main() {
	x, y := 1, 2
	px, py := &x, &y
	sx := fmt.Sprint(px)
	fmt.Println(shape(sx), sx == fmt.Sprint(py), sx == fmt.Sprint(&x), sx == fmt.Sprintf("%p", px))
	ch1, ch2 := make(chan int), make(chan int)
	fmt.Println(shape(fmt.Sprint(ch1)), fmt.Sprint(ch1) == fmt.Sprint(ch2), fmt.Sprint(ch1) == fmt.Sprintf("%v", ch1))
	f, g := func() {}, func() int { return 1 }
	fmt.Println(shape(fmt.Sprint(f)), fmt.Sprint(f) == fmt.Sprint(g))
	m := map[string]int{"a": 1}
	fmt.Println(shape(fmt.Sprintf("%p", m)), fmt.Sprint(m))
	s := []int{1, 2, 3}
	fmt.Println(shape(fmt.Sprintf("%p", s)), fmt.Sprintf("%p", s) == fmt.Sprintf("%p", s[0:2]), fmt.Sprintf("%p", s) == fmt.Sprintf("%p", s[1:]))
	it, it2 := &item{1}, &item{1}
	fmt.Println(fmt.Sprint(it), shape(fmt.Sprintf("%p", it)), fmt.Sprintf("%p", it) == fmt.Sprintf("%p", it2))
	nested := fmt.Sprint([]*item{it})
	fmt.Println(shape(nested[1:len(nested)-1]), nested == "["+fmt.Sprintf("%p", it)+"]")
	fmt.Println(fmt.Sprintf("%x", px) == fmt.Sprintf("%p", px)[2:], fmt.Sprintf("%#p", px) == fmt.Sprintf("%p", px)[2:])
	fmt.Println(strings.HasPrefix(fmt.Sprintf("%#v", px), "(*int)(0x"), fmt.Sprintf("%d", px) != "")
	var np *int
	var nch chan int
	var nf func()
	fmt.Println(np, nch, nf == nil)
	fmt.Printf("%v %p %#v %5v|\n", np, np, np, np)
	fmt.Printf("%p %s\n", 5, px == nil)
}
