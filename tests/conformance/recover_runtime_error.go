// recover returns a runtime.Error whose text matches the panic message.
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		if e, ok := r.(error); ok {
			fmt.Println("is error:", e.Error())
		}
	}()
	var xs []int
	_ = xs[3]
}
