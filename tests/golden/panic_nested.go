// panic_nested: a deferred call that panics while another panic runs; both are printed.
package main

import "fmt"

func second() {
	panic("second")
}

func main() {
	defer fmt.Println("runs last")
	defer second()
	panic("first")
}
