// What recover returns for a runtime error is an error whose text is the panic message.
package main

import "fmt"

func try(f func()) {
	defer func() {
		r := recover()
		err, ok := r.(error)
		fmt.Println(ok, err)
		fmt.Printf("%v|%s\n", r, err.Error())
	}()
	f()
}

func main() {
	try(func() {
		var m map[string]int
		m["a"] = 1
	})
	try(func() {
		var p *struct{ x int }
		p.x = 1
	})
	try(func() {
		a, b := 1, 0
		fmt.Println(a / b)
	})
	try(func() {
		var i interface{} = "s"
		fmt.Println(i.(int))
	})
}
