// defer needs a function call.
package main

func main() {
	x := 1
	defer x
}
