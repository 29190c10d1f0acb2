// Spreading a slice into a non-variadic call.
package main

func f(a, b int) {}

func main() {
	xs := []int{1, 2}
	f(xs...)
}
