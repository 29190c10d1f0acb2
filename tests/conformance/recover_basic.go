// recover in a deferred function stops the panic and returns its value.
package main

import "fmt"

func safe() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("recovered: ", r)
		}
	}()
	panic("oops")
}

func main() {
	fmt.Println(safe())
	fmt.Println("still running")
}
