// == on interfaces holding a map, a func, or a struct or array with a slice inside panics
// with the whole dynamic type's name; so does a switch, and so does hashing such a key.
// Each panic is recovered and its Error() text printed.
package main

import "fmt"

type bag struct {
	items []int
}

type wrapper struct {
	name string
	v    interface{}
}

func try(what string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			fmt.Println(what, "->", e.Error())
			return
		}
		fmt.Println(what, "-> no panic")
	}()
	f()
}

func main() {
	var m1, m2 interface{} = map[int]int{}, map[int]int{}
	var f1, f2 interface{} = func() {}, func() {}
	var s1, s2 interface{} = bag{}, bag{}
	var a1, a2 interface{} = [1][]int{}, [1][]int{}
	try("map ==", func() { fmt.Println(m1 == m2) })
	try("func !=", func() { fmt.Println(f1 != f2) })
	try("struct ==", func() { fmt.Println(s1 == s2) })
	try("array ==", func() { fmt.Println(a1 == a2) })
	try("other type", func() { fmt.Println(s1 == 1, m1 != "x") })
	try("nested", func() { fmt.Println(wrapper{"w", []int{}} == wrapper{"w", []int{}}) })
	try("nested differs first", func() { fmt.Println(wrapper{"a", []int{}} == wrapper{"b", []int{}}) })
	try("switch", func() {
		switch s1 {
		case 1:
			fmt.Println("one")
		case s2:
			fmt.Println("same")
		}
	})
	keys := map[interface{}]string{}
	try("struct key", func() { keys[bag{}] = "x" })
	try("array key", func() { _ = keys[[2][]int{}] })
	try("map key", func() { delete(keys, map[string]bool{}) })
	try("fine key", func() { keys[[2]int{1, 2}] = "y"; fmt.Println(keys[[2]int{1, 2}]) })
}
