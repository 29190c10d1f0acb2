// An expression statement that is not a call.
package main

func main() {
	x := 1
	x + 1
}
