// A deferred call that dereferences nil while a panic runs: both panics print, and the
// signal line of the fault comes after them.
package main

type box struct{ v int }

func main() {
	var b *box
	defer func() {
		println(b.v)
	}()
	panic("first")
}
