// What a program writes to os.Stderr goes to standard error, interleaved with its own
// panics and print calls there; os.Stdout stays standard output.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stderr, "warning:", 3, "things")
	fmt.Fprintf(os.Stdout, "out %d\n", 1)
	fmt.Fprintf(os.Stderr, "err %q\n", "two")
	println("from println")
	n, err := fmt.Fprint(os.Stderr, "last", "\n")
	fmt.Println(n, err)
	w := os.Stdout
	fmt.Fprintln(w, "via a variable of type", fmt.Sprintf("%T", w))
	os.Exit(3)
}
