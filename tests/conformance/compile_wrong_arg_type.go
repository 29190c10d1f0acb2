// Passing a string where an int is expected.
package main

func double(n int) int { return n * 2 }

func main() {
	_ = double("two")
}
