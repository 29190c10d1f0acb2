// panic with an int prints the value and, in Go 1.18+, its type for non-error, non-string values.
package main

func main() {
	panic(42)
}
