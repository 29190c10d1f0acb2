// The println builtin writes to stderr, so stdout stays empty.
package main

func main() {
	println("to stderr", 42, true)
	print("x", "y", "\n")
}
