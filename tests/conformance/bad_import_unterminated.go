// An import path left open is the package loader's error, worded as go/parser words it.
package main

import (
	"fmt
)

func main() {
	fmt.Println("x")
}
