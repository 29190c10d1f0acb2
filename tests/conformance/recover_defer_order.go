// Defers after the recovering one still run, in order.
package main

import "fmt"

func main() {
	defer fmt.Println("last")
	defer func() {
		fmt.Println("recovered", recover())
	}()
	defer fmt.Println("first")
	panic(7)
}
