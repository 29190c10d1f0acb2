// A panic inside a deferred call replaces the first one; Go prints both.
package main

func main() {
	defer func() {
		panic("second")
	}()
	panic("first")
}
