// An array literal with more elements than its length, or a key past its end, in Go's two
// wordings; a duplicate index in a [...] literal.
package main

func main() {
	_ = [2]int{1, 2, 3}
	_ = [2]int{1: 1, 2}
	_ = [2]int{2: 1}
	_ = [...]int{1: 1, 1: 1}
}
