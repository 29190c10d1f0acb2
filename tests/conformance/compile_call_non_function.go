// Calling a value that is not a function.
package main

func main() {
	x := 5
	x()
}
