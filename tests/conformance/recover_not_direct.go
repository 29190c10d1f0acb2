// recover only works when called directly by the deferred function.
package main

import "fmt"

func helper() interface{} { return recover() }

func main() {
	defer func() {
		r := helper()
		fmt.Println("helper got", r)
	}()
	panic("not caught by helper")
}
