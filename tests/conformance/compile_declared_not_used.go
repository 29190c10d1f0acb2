// A local variable that is never used.
package main

func main() {
	x := 1
}
