// A bare return in a function with unnamed results.
package main

func f() (int, string) {
	return
}

func main() {
	f()
}
