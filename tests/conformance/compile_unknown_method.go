// Calling a method a type does not have.
package main

type T struct{}

func main() {
	var t T
	t.Run()
}
