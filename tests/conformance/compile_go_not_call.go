// go needs a function call.
package main

func main() {
	f := func() {}
	go f
}
