// Fprintln on a nil io.Writer: the call of its Write method panics.
package main

import (
	"fmt"
	"io"
)

func main() {
	var w io.Writer
	fmt.Println("before")
	fmt.Fprintln(w, "lost")
	fmt.Println("after")
}
